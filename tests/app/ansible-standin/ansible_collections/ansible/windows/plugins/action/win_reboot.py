# Test stand-in for ansible.windows.win_reboot (tests/app/ansible-standin/README.md): calls the PowerShell
# mocks' Restart-Computer for the host's mocked state, which does what a restart finishes (features that
# wait for it become enabled). Nothing restarts; the real module's wait for the host to come back is
# not exercised.
import subprocess
import base64

from ansible.errors import AnsibleActionFail
from ansible.plugins.action import ActionBase
from ansible_collections.ansible.windows.plugins.action.win_powershell import log_step, standin_environment
import os


class ActionModule(ActionBase):
    TRANSFERS_FILES = False

    def run(self, tmp=None, task_vars=None):
        result = super(ActionModule, self).run(tmp, task_vars)
        env, log = standin_environment(task_vars)
        command = base64.b64encode('Restart-Computer -Force'.encode('utf-16-le')).decode('ascii')
        process = subprocess.run([os.environ['EFLOW_STANDIN_POWERSHELL'], '-NoProfile', '-NonInteractive',
                                  '-EncodedCommand', command], capture_output=True, env=env, timeout=300)
        if process.returncode != 0:
            raise AnsibleActionFail('the win_reboot stand-in failed: ' + process.stderr.decode('utf-8', 'replace'))
        log_step(log, task_vars.get('inventory_hostname'), {'operation': 'reboot',
                                                            'timeout': str(self._task.args.get('reboot_timeout', ''))})
        result.update(changed=True, rebooted=True, elapsed=0)
        return result
