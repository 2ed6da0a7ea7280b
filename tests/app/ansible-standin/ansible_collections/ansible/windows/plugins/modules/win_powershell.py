# Test stand-in: the action plugin of the same name (plugins/action/win_powershell.py) does the work on the controller.
DOCUMENTATION = r'''
module: win_powershell
short_description: test stand-in for ansible.windows.win_powershell (tests/app/ansible-standin)
'''
