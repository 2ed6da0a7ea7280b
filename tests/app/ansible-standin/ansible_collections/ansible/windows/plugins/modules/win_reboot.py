# Test stand-in: the action plugin of the same name (plugins/action/win_reboot.py) does the work on the controller.
DOCUMENTATION = r'''
module: win_reboot
short_description: test stand-in for ansible.windows.win_reboot (tests/app/ansible-standin)
'''
