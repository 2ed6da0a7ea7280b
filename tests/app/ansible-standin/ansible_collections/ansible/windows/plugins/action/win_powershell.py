# Test stand-in for ansible.windows.win_powershell (tests/app/ansible-standin/README.md): runs the task's
# script on the controller, in PowerShell 7 through win_powershell_host.ps1, which invokes it as
# win_powershell does (runspace, $Ansible, AddScript + AddParameters). The host's mocked Windows state
# comes from its host variable eflow_standin (scenario, state, record, log). It is no Windows host and no
# WinRM or OpenSSH transport: it proves the playbook's logic and the exported scripts, nothing more.
import json
import os
import subprocess

from ansible.errors import AnsibleActionFail
from ansible.plugins.action import ActionBase

HOST_SCRIPT = os.path.join(os.path.dirname(__file__), '..', '..', '..', '..', '..', 'win_powershell_host.ps1')


def standin_environment(task_vars):
    standin = task_vars.get('eflow_standin')
    if not isinstance(standin, dict):
        raise AnsibleActionFail('the win_powershell stand-in needs the host variable eflow_standin')
    env = dict(os.environ)
    env['EFLOW_MOCK_SCENARIO'] = str(standin['scenario'])
    env['EFLOW_MOCK_STATE'] = str(standin['state'])
    env['EFLOW_MOCK_RECORD'] = str(standin['record'])
    return env, str(standin['log'])


def log_step(path, host, entry):
    entry = dict(entry, host=host)
    with open(path, 'a', encoding='utf-8') as f:
        f.write(json.dumps(entry) + '\n')


class ActionModule(ActionBase):
    TRANSFERS_FILES = False

    def run(self, tmp=None, task_vars=None):
        result = super(ActionModule, self).run(tmp, task_vars)
        env, log = standin_environment(task_vars)
        parameters = dict(self._task.args.get('parameters') or {})
        request = {'script': str(self._task.args['script']),
                   'parameters': {str(k): (v if isinstance(v, int) else str(v)) for k, v in parameters.items()}}
        process = subprocess.run([os.environ['EFLOW_PWSH'], '-NoProfile', '-NonInteractive', '-File', HOST_SCRIPT],
                                 input=json.dumps(request).encode('utf-8'), capture_output=True, env=env, timeout=900)
        if process.returncode != 0:
            raise AnsibleActionFail('the win_powershell stand-in failed: ' + process.stderr.decode('utf-8', 'replace'))
        answer = json.loads(process.stdout.decode('utf-8'))
        # What ran, and whether a secret came with it; never the secret.
        log_step(log, task_vars.get('inventory_hostname'),
                 {'operation': parameters.get('Operation', ''), 'secretName': str(parameters.get('SecretName', '')),
                  'secretGiven': bool(parameters.get('SecretValue')),
                  'ok': bool((answer.get('result') or {}).get('ok'))})
        result.update(answer)
        return result
