# Written by `eflow-wizard fleet export --ansible`: the device key of a DPS group enrollment, derived on
# the Ansible controller, so that each Windows host only ever receives its own key and the group key
# never leaves the controller's vault.
#
#   deviceKey = base64(HMAC-SHA256(key = base64decode(groupKey), msg = UTF-8(registrationId)))
#
# (Azure DPS, symmetric key attestation with enrollment groups; the same rule as `eflow-wizard
# derive-key`.) The group key is checked as the wizard checks it: canonical base64 of 16 to 64 bytes.
# No error message ever contains a key.

import base64
import binascii
import hashlib
import hmac

from ansible.errors import AnsibleFilterError
from ansible.parsing.yaml.objects import AnsibleVaultEncryptedUnicode

MIN_KEY_BYTES = 16
MAX_KEY_BYTES = 64
MAX_REGISTRATION_ID = 128


def _group_key_bytes(group_key):
    # An inline "!vault |" value arrives as the encrypted object; str() decrypts it.
    if isinstance(group_key, AnsibleVaultEncryptedUnicode):
        group_key = str(group_key)
    if not isinstance(group_key, str):
        raise AnsibleFilterError(
            "eflow_device_key: the group key must be a string (the enrollment group's primary or "
            "secondary key, base64); check eflow_group_key in the vault")
    text = group_key.strip()
    if not text:
        raise AnsibleFilterError(
            "eflow_device_key: the group key is empty; put the enrollment group's key into "
            "eflow_group_key in the vault (ansible-vault edit group_vars/eflow_hosts/vault.yml)")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raw = None
    if raw is None or base64.b64encode(raw).decode("ascii") != text:
        raise AnsibleFilterError(
            "eflow_device_key: the group key is not valid base64; copy the enrollment group's "
            "primary or secondary key again")
    if not MIN_KEY_BYTES <= len(raw) <= MAX_KEY_BYTES:
        raise AnsibleFilterError(
            "eflow_device_key: the group key decodes to %d bytes; DPS keys are %d to %d bytes"
            % (len(raw), MIN_KEY_BYTES, MAX_KEY_BYTES))
    return raw


def eflow_device_key(group_key, registration_id):
    """{{ eflow_group_key | eflow_device_key(eflow_registration_id) }}"""
    if not isinstance(registration_id, str) or not registration_id:
        raise AnsibleFilterError("eflow_device_key: the registration ID is missing (eflow_registration_id)")
    if len(registration_id) > MAX_REGISTRATION_ID:
        raise AnsibleFilterError(
            "eflow_device_key: the registration ID is longer than %d characters" % MAX_REGISTRATION_ID)
    key = _group_key_bytes(group_key)
    digest = hmac.new(key, registration_id.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


class FilterModule(object):
    def filters(self):
        return {"eflow_device_key": eflow_device_key}
