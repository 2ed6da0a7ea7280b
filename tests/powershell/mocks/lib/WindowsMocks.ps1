# Windows cmdlet mocks, dot-sourced by preload.ps1 at global scope. Functions win over cmdlets in
# PowerShell's command resolution, so the scripts' own calls land here. Each mock declares the documented
# parameters (names, types, sets) of the Windows PowerShell 5.1 cmdlet it stands for, records the call
# with its bound parameters, and answers from the host state with the documented output shape.
# Calls that are not about Windows (a Linux path, another module, another program) go to the real cmdlet.

function New-EflowMockObject([string]$TypeName, [System.Collections.IDictionary]$Properties) {
    $object = [pscustomobject]$Properties
    if ($TypeName -ne '') { $object.PSObject.TypeNames.Insert(0, $TypeName) }
    return $object
}

function New-EflowMockErrorRecord([string]$Message, [string]$Id, [System.Management.Automation.ErrorCategory]$Category, $Target, [string]$ExceptionType = 'System.Exception') {
    $exception = New-Object $ExceptionType $Message
    return New-Object System.Management.Automation.ErrorRecord($exception, $Id, $Category, $Target)
}

function Test-EflowMockIsServer([System.Collections.IDictionary]$State) {
    return [int]$State['os']['ProductType'] -ne 1
}

function Assert-EflowMockHyperVModule([System.Management.Automation.PSCmdlet]$Cmdlet, [string]$Name) {
    # The Hyper-V PowerShell module exists only once its feature is on (and Windows has restarted).
    $state = Get-EflowMockState
    $on = if (Test-EflowMockIsServer $state) {
        "$($state['windowsFeatures']['Hyper-V-PowerShell'])" -eq 'Installed'
    } else {
        "$($state['optionalFeatures']['Microsoft-Hyper-V-Management-PowerShell'])" -eq 'Enabled'
    }
    if (-not $on) {
        $message = "The term '$Name' is not recognized as a name of a cmdlet, function, script file, or executable program." +
            "`nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again."
        $Cmdlet.ThrowTerminatingError((New-EflowMockErrorRecord $message 'CommandNotFoundException' ObjectNotFound $Name 'System.Management.Automation.CommandNotFoundException'))
    }
}

# ---------------------------------------------------------------------------------------- CIM

function Get-CimInstance {
    [CmdletBinding(DefaultParameterSetName = 'ClassNameComputerSet')]
    param(
        [Parameter(ParameterSetName = 'ClassNameComputerSet', Mandatory = $true, Position = 0)]
        [Alias('Class')]
        [string]$ClassName,
        [Parameter(ParameterSetName = 'QueryComputerSet', Mandatory = $true, Position = 0)]
        [string]$Query,
        [string]$Namespace,
        [Parameter(ParameterSetName = 'ClassNameComputerSet')]
        [string]$Filter,
        [Parameter(ParameterSetName = 'ClassNameComputerSet')]
        [Alias('SelectProperties')]
        [string[]]$Property,
        [Parameter(ParameterSetName = 'QueryComputerSet')]
        [string]$QueryDialect,
        [Alias('CN', 'ServerName')]
        [string[]]$ComputerName,
        [Alias('OT')]
        [uint32]$OperationTimeoutSec,
        [switch]$KeyOnly,
        [switch]$Shallow
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'CimCmdlets'
    $state = Get-EflowMockState
    $class = $ClassName
    if ($PSCmdlet.ParameterSetName -eq 'QueryComputerSet') {
        if ($Query -match '(?i)from\s+(\w+)(\s+where\s+(.*))?$') { $class = $Matches[1]; $Filter = $Matches[3] }
    }
    $type = 'Microsoft.Management.Infrastructure.CimInstance#root/cimv2/' + $class
    switch ($class) {
        'Win32_OperatingSystem' {
            $os = $state['os']
            return New-EflowMockObject $type ([ordered]@{
                Caption = "$($os['Caption'])"; Version = "$($os['Version'])"; BuildNumber = "$($os['BuildNumber'])"
                OperatingSystemSKU = [uint32]$os['OperatingSystemSKU']; ProductType = [uint32]$os['ProductType']
                CSName = "$($state['computerName'])"; MUILanguages = [string[]]@($os['MUILanguages'])
                FreePhysicalMemory = [uint64]$os['FreePhysicalMemory']; TotalVisibleMemorySize = [uint64]$os['TotalVisibleMemorySize']
                OSArchitecture = "$($os['OSArchitecture'])"
            })
        }
        'Win32_ComputerSystem' {
            $cs = $state['computerSystem']
            return New-EflowMockObject $type ([ordered]@{
                Name = "$($state['computerName'])"; Manufacturer = "$($cs['Manufacturer'])"; Model = "$($cs['Model'])"
                TotalPhysicalMemory = [uint64]$cs['TotalPhysicalMemory']; NumberOfLogicalProcessors = [uint32]$cs['NumberOfLogicalProcessors']
                HypervisorPresent = [bool]$cs['HypervisorPresent']; Domain = 'WORKGROUP'
            })
        }
        'Win32_LogicalDisk' {
            $wanted = ''
            if ("$Filter" -match "(?i)DeviceID\s*=\s*'([A-Za-z]:)'") { $wanted = $Matches[1].ToUpperInvariant() }
            foreach ($drive in $state['disks'].Keys) {
                if ($wanted -ne '' -and $drive -ne $wanted) { continue }
                $disk = $state['disks'][$drive]
                New-EflowMockObject $type ([ordered]@{
                    DeviceID = $drive; DriveType = [uint32]3; FileSystem = 'NTFS'
                    FreeSpace = [uint64]$disk['FreeSpace']; Size = [uint64]$disk['Size']
                })
            }
            return
        }
        'Win32_BaseBoard' {
            $board = $state['baseBoard']
            return New-EflowMockObject $type ([ordered]@{ Product = "$($board['Product'])"; Manufacturer = "$($board['Manufacturer'])" })
        }
        'Win32_VideoController' {
            foreach ($gpu in @($state['gpus'])) {
                if ($null -eq $gpu) { continue }
                New-EflowMockObject $type ([ordered]@{ Caption = "$($gpu['Caption'])"; Name = "$($gpu['Caption'])"; DriverVersion = "$($gpu['DriverVersion'])" })
            }
            return
        }
        'Win32_Processor' {
            $cs = $state['computerSystem']
            return New-EflowMockObject $type ([ordered]@{
                Name = 'Intel(R) Core(TM) i7-1185G7 @ 3.00GHz'; NumberOfLogicalProcessors = [uint32]$cs['NumberOfLogicalProcessors']
                VirtualizationFirmwareEnabled = [bool]$state['computerInfo']['HyperVRequirementVirtualizationFirmwareEnabled']
            })
        }
    }
    $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord 'Invalid class ' 'HRESULT 0x80041010,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand' InvalidType $class 'Microsoft.Management.Infrastructure.CimException'))
}

function Get-ComputerInfo {
    [CmdletBinding()]
    param([Parameter(Position = 0)][string[]]$Property)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
    $state = Get-EflowMockState
    $all = [ordered]@{
        WindowsProductName = "$($state['os']['Caption'])".Replace('Microsoft ', '')
        OsName = "$($state['os']['Caption'])"
        OsVersion = "$($state['os']['Version'])"
        CsName = "$($state['computerName'])"
    }
    foreach ($key in $state['computerInfo'].Keys) { $all[$key] = $state['computerInfo'][$key] }
    $selected = [ordered]@{}
    foreach ($key in $all.Keys) {
        if ($null -eq $Property -or @($Property | Where-Object { $key -like $_ }).Count -gt 0) { $selected[$key] = $all[$key] }
    }
    return New-EflowMockObject 'Microsoft.PowerShell.Commands.ComputerInfo' $selected
}

# ---------------------------------------------------------------------------------------- DISM

function Get-WindowsOptionalFeature {
    [CmdletBinding(DefaultParameterSetName = 'Online')]
    param(
        [Parameter(ParameterSetName = 'Online', Mandatory = $true)][switch]$Online,
        [Parameter(ParameterSetName = 'Offline', Mandatory = $true)][string]$Path,
        [Parameter(ValueFromPipelineByPropertyName = $true)][string]$FeatureName,
        [string]$PackageName,
        [string]$PackagePath,
        [string]$WindowsDirectory,
        [string]$SystemDrive,
        [string]$LogPath,
        [string]$ScratchDirectory,
        [ValidateSet('Errors', 'Warnings', 'WarningsInfo')][string]$LogLevel
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Dism'
    $state = Get-EflowMockState
    $features = $state['optionalFeatures']
    $names = if ($PSBoundParameters.ContainsKey('FeatureName')) { @($FeatureName) } else { @($features.Keys) }
    foreach ($name in $names) {
        $key = @($features.Keys | Where-Object { $_ -ieq $name }) | Select-Object -First 1
        if ($null -eq $key) {
            Write-Error -Message "Feature name $name is unknown." -ErrorId 'Microsoft.Dism.Commands.GetWindowsOptionalFeatureCommand' -Category InvalidArgument -TargetObject $name
            continue
        }
        New-EflowMockObject 'Microsoft.Dism.Commands.AdvancedFeatureObject' ([ordered]@{
            FeatureName = $key; DisplayName = $key; Description = $key; RestartRequired = 'Possible'
            State = "$($features[$key])"; Online = $true; Path = ''; LogPath = 'C:\Windows\Logs\DISM\dism.log'
        })
    }
}

function Enable-WindowsOptionalFeature {
    [CmdletBinding(DefaultParameterSetName = 'Online')]
    param(
        [Parameter(ParameterSetName = 'Online', Mandatory = $true)][switch]$Online,
        [Parameter(ParameterSetName = 'Offline', Mandatory = $true)][string]$Path,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)][string[]]$FeatureName,
        [string]$PackageName,
        [switch]$All,
        [switch]$LimitAccess,
        [string[]]$Source,
        [switch]$NoRestart,
        [string]$LogPath,
        [string]$ScratchDirectory,
        [ValidateSet('Errors', 'Warnings', 'WarningsInfo')][string]$LogLevel
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Dism'
    $state = Get-EflowMockState
    $features = $state['optionalFeatures']
    $restart = $false
    # DISM's parent features (reference §3.2): enabling a child needs its parent or -All.
    $parents = @{ 'Microsoft-Hyper-V' = 'Microsoft-Hyper-V-All'; 'Microsoft-Hyper-V-Hypervisor' = 'Microsoft-Hyper-V'; 'Microsoft-Hyper-V-Management-PowerShell' = 'Microsoft-Hyper-V-Tools-All' }
    foreach ($name in $FeatureName) {
        $key = @($features.Keys | Where-Object { $_ -ieq $name }) | Select-Object -First 1
        if ($null -eq $key) {
            $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord "Feature name $name is unknown." 'Microsoft.Dism.Commands.EnableWindowsOptionalFeatureCommand' InvalidArgument $name 'System.Runtime.InteropServices.COMException'))
        }
        $parent = $parents[$key]
        if (-not $All -and $null -ne $parent -and $features.Contains($parent) -and "$($features[$parent])" -notmatch 'Enable') {
            $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord 'One or several parent features are disabled so current feature can not be enabled.' 'Microsoft.Dism.Commands.EnableWindowsOptionalFeatureCommand' NotSpecified $name 'System.Runtime.InteropServices.COMException'))
        }
        $targets = @($key)
        if ($All) {
            # -All turns on the parents and the features below it (Hyper-V's are named by prefix).
            $targets += @($features.Keys | Where-Object { $_ -like ($key + '-*') })
            $p = $parent
            while ($null -ne $p -and $features.Contains($p)) { $targets += $p; $p = $parents[$p] }
        }
        foreach ($target in $targets) {
            if ("$($features[$target])" -eq 'Enabled' -or "$($features[$target])" -eq 'EnablePending') { continue }
            if ([bool]$state['enableRestartNeeded']) { $features[$target] = 'EnablePending'; $restart = $true } else { $features[$target] = 'Enabled' }
        }
    }
    Save-EflowMockState $state
    return New-EflowMockObject 'Microsoft.Dism.Commands.ImageObject' ([ordered]@{
        Path = ''; Online = $true; WinPath = ''; SysDrivePath = ''; RestartNeeded = $restart; LogPath = 'C:\Windows\Logs\DISM\dism.log'
        ScratchDirectory = ''; LogLevel = 'WarningsInfo'
    })
}

function Get-WindowsCapability {
    [CmdletBinding(DefaultParameterSetName = 'Online')]
    param(
        [Parameter(ParameterSetName = 'Online', Mandatory = $true)][switch]$Online,
        [Parameter(ParameterSetName = 'Offline', Mandatory = $true)][string]$Path,
        [Parameter(ValueFromPipelineByPropertyName = $true)][string]$Name,
        [switch]$LimitAccess,
        [string[]]$Source,
        [string]$LogPath,
        [string]$ScratchDirectory,
        [ValidateSet('Errors', 'Warnings', 'WarningsInfo')][string]$LogLevel
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Dism'
    $state = Get-EflowMockState
    foreach ($key in $state['capabilities'].Keys) {
        if ($PSBoundParameters.ContainsKey('Name') -and $key -notlike $Name) { continue }
        New-EflowMockObject 'Microsoft.Dism.Commands.BasicCapabilityObject' ([ordered]@{ Name = $key; State = "$($state['capabilities'][$key])" })
    }
}

# ---------------------------------------------------------------------------------- ServerManager

function Assert-EflowMockServerManager([System.Management.Automation.PSCmdlet]$Cmdlet, [string]$Name) {
    $state = Get-EflowMockState
    if (-not (Test-EflowMockIsServer $state)) {
        $message = "The term '$Name' is not recognized as a name of a cmdlet, function, script file, or executable program."
        $Cmdlet.ThrowTerminatingError((New-EflowMockErrorRecord $message 'CommandNotFoundException' ObjectNotFound $Name 'System.Management.Automation.CommandNotFoundException'))
    }
}

function Get-WindowsFeature {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)][string[]]$Name,
        [string]$Vhd,
        [Alias('Cn')][string]$ComputerName,
        [pscredential]$Credential,
        [string]$LogPath
    )
    Assert-EflowMockServerManager $PSCmdlet $MyInvocation.MyCommand.Name
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'ServerManager'
    $state = Get-EflowMockState
    foreach ($key in $state['windowsFeatures'].Keys) {
        if ($null -ne $Name -and @($Name | Where-Object { $key -like $_ }).Count -eq 0) { continue }
        $installState = "$($state['windowsFeatures'][$key])"
        New-EflowMockObject 'Microsoft.Windows.ServerManager.Commands.Feature' ([ordered]@{
            Name = $key; DisplayName = $key; Installed = ($installState -eq 'Installed'); InstallState = $installState; FeatureType = 'Role'
        })
    }
}

function Install-WindowsFeature {
    [CmdletBinding(DefaultParameterSetName = 'ByName', SupportsShouldProcess = $true)]
    param(
        [Parameter(ParameterSetName = 'ByName', Mandatory = $true, Position = 0, ValueFromPipeline = $true)][string[]]$Name,
        [switch]$Restart,
        [switch]$IncludeAllSubFeature,
        [switch]$IncludeManagementTools,
        [Parameter(ParameterSetName = 'ByConfig')][string]$ConfigurationFilePath,
        [string[]]$Source,
        [string]$Vhd,
        [Alias('Cn')][string]$ComputerName,
        [pscredential]$Credential,
        [string]$LogPath
    )
    Assert-EflowMockServerManager $PSCmdlet $MyInvocation.MyCommand.Name
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'ServerManager'
    $state = Get-EflowMockState
    $changed = $false
    foreach ($item in $Name) {
        $key = @($state['windowsFeatures'].Keys | Where-Object { $_ -ieq $item }) | Select-Object -First 1
        if ($null -eq $key) {
            $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord "ArgumentNotValid: The role, role service, or feature name is not valid: '$item'. The name was not found." 'NameDoesNotExist,Microsoft.Windows.ServerManager.Commands.AddWindowsFeatureCommand' InvalidArgument $item))
        }
        $targets = @($key)
        if ($IncludeManagementTools -or $IncludeAllSubFeature) { $targets += @($state['windowsFeatures'].Keys | Where-Object { $_ -like ($key + '-*') }) }
        foreach ($target in $targets) {
            if ("$($state['windowsFeatures'][$target])" -eq 'Installed' -or "$($state['windowsFeatures'][$target])" -eq 'InstallPending') { continue }
            $state['windowsFeatures'][$target] = if ([bool]$state['enableRestartNeeded']) { 'InstallPending' } else { 'Installed' }
            $changed = $true
        }
    }
    Save-EflowMockState $state
    $restart = $changed -and [bool]$state['enableRestartNeeded']
    return New-EflowMockObject 'Microsoft.Windows.ServerManager.Commands.FeatureOperationResult' ([ordered]@{
        Success = $true
        RestartNeeded = $(if ($restart) { 'Yes' } else { 'No' })
        FeatureResult = @()
        ExitCode = $(if (-not $changed) { 'NoChangeNeeded' } elseif ($restart) { 'SuccessRestartRequired' } else { 'Success' })
    })
}

# ---------------------------------------------------------------------------------------- Services

function Get-Service {
    [CmdletBinding(DefaultParameterSetName = 'Default')]
    param(
        [Parameter(ParameterSetName = 'Default', Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('ServiceName')][string[]]$Name,
        [Parameter(ParameterSetName = 'DisplayName', Mandatory = $true)][string[]]$DisplayName,
        [string[]]$Include,
        [string[]]$Exclude,
        [Alias('DS')][switch]$DependentServices,
        [Alias('SDO', 'ServicesDependedOn')][switch]$RequiredServices,
        [Alias('Cn')][string[]]$ComputerName
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
    $state = Get-EflowMockState
    $patterns = if ($null -ne $Name) { $Name } elseif ($null -ne $DisplayName) { $DisplayName } else { @('*') }
    foreach ($pattern in $patterns) {
        $found = @($state['services'].Keys | Where-Object { $_ -like $pattern })
        if ($found.Count -eq 0 -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($pattern)) {
            Write-Error -Message "Cannot find any service with service name '$pattern'." -ErrorId 'NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.GetServiceCommand' -Category ObjectNotFound -TargetObject $pattern
            continue
        }
        foreach ($key in $found) {
            New-EflowMockObject 'System.ServiceProcess.ServiceController' ([ordered]@{
                Name = $key; ServiceName = $key; DisplayName = $key; Status = "$($state['services'][$key])"; StartType = 'Automatic'
            })
        }
    }
}

# ---------------------------------------------------------------------------------------- Hyper-V

function ConvertTo-EflowMockSwitch([System.Collections.IDictionary]$Switch) {
    return New-EflowMockObject 'Microsoft.HyperV.PowerShell.VMSwitch' ([ordered]@{
        Name = "$($Switch['Name'])"; Id = "$($Switch['Id'])"; SwitchType = "$($Switch['SwitchType'])"
        NetAdapterInterfaceDescription = "$($Switch['NetAdapterInterfaceDescription'])"
        AllowManagementOS = $true; ComputerName = ''
    })
}

function Get-VMSwitch {
    [CmdletBinding(DefaultParameterSetName = 'SwitchName')]
    param(
        [Parameter(ParameterSetName = 'SwitchName', Position = 0)][Alias('SwitchName')][string[]]$Name,
        [Parameter(ParameterSetName = 'SwitchId', Mandatory = $true)][guid]$Id,
        [string[]]$ResourcePoolName,
        [ValidateSet('Internal', 'External', 'Private')][string[]]$SwitchType,
        [string[]]$ComputerName
    )
    Assert-EflowMockHyperVModule $PSCmdlet $MyInvocation.MyCommand.Name
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Hyper-V'
    $state = Get-EflowMockState
    $any = $false
    foreach ($switch in @($state['switches'])) {
        if ($null -eq $switch) { continue }
        if ($null -ne $Name -and @($Name | Where-Object { "$($switch['Name'])" -like $_ }).Count -eq 0) { continue }
        if ($PSCmdlet.ParameterSetName -eq 'SwitchId' -and "$($switch['Id'])" -ne "$Id") { continue }
        if ($null -ne $SwitchType -and $SwitchType -notcontains "$($switch['SwitchType'])") { continue }
        $any = $true
        ConvertTo-EflowMockSwitch $switch
    }
    if (-not $any -and $null -ne $Name -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters(($Name -join ''))) {
        Write-Error -Message "Hyper-V was unable to find a virtual switch with name `"$($Name -join ',')`"." -ErrorId 'ObjectNotFound,Microsoft.HyperV.PowerShell.Commands.GetVMSwitch' -Category InvalidArgument -TargetObject ($Name -join ',')
    }
}

function New-VMSwitch {
    [CmdletBinding(DefaultParameterSetName = 'NetAdapterName', SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, Position = 0)][Alias('SwitchName')][string]$Name,
        [Parameter(ParameterSetName = 'NetAdapterName', Mandatory = $true)][Alias('InterfaceAlias')][string[]]$NetAdapterName,
        [Parameter(ParameterSetName = 'NetAdapterInterfaceDescription', Mandatory = $true)][Alias('InterfaceDescription')][string[]]$NetAdapterInterfaceDescription,
        [Parameter(ParameterSetName = 'SwitchType', Mandatory = $true)][ValidateSet('Internal', 'Private')][string]$SwitchType,
        [Parameter(ParameterSetName = 'NetAdapterName')][Parameter(ParameterSetName = 'NetAdapterInterfaceDescription')][bool]$AllowManagementOS,
        [ValidateSet('Default', 'Weight', 'Absolute', 'None')][string]$MinimumBandwidthMode,
        [bool]$EnableIov,
        [bool]$EnablePacketDirect,
        [bool]$EnableEmbeddedTeaming,
        [string]$Notes,
        [string[]]$ComputerName
    )
    Assert-EflowMockHyperVModule $PSCmdlet $MyInvocation.MyCommand.Name
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Hyper-V'
    $state = Get-EflowMockState
    $type = if ($PSCmdlet.ParameterSetName -eq 'SwitchType') { $SwitchType } else { 'External' }
    $description = ''
    if ($PSCmdlet.ParameterSetName -ne 'SwitchType') {
        $adapterName = if ($null -ne $NetAdapterName) { $NetAdapterName[0] } else { '' }
        $adapter = @($state['netAdapters'] | Where-Object { $null -ne $_ -and ("$($_['Name'])" -eq $adapterName -or "$($_['InterfaceDescription'])" -eq "$($NetAdapterInterfaceDescription | Select-Object -First 1)") }) | Select-Object -First 1
        if ($null -eq $adapter) {
            $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord "Failed while adding virtual Ethernet switch connections.`nThe network adapter '$adapterName' was not found." 'Unspecified,Microsoft.HyperV.PowerShell.Commands.NewVMSwitch' InvalidArgument $adapterName))
        }
        $description = "$($adapter['InterfaceDescription'])"
    }
    $switch = [ordered]@{ Name = $Name; Id = [guid]::NewGuid().ToString(); SwitchType = $type; NetAdapterInterfaceDescription = $description }
    $state['switches'] = @(@($state['switches'] | Where-Object { $null -ne $_ }) + $switch)
    if ($type -eq 'Internal' -or ($type -eq 'External' -and $AllowManagementOS -ne $false)) {
        # The host vNIC appears with an APIPA address until one is assigned, as on Windows.
        $index = [int](1 + (@($state['netAdapters'] | ForEach-Object { [int]$_['ifIndex'] }) | Measure-Object -Maximum).Maximum)
        $alias = 'vEthernet (' + $Name + ')'
        $state['netAdapters'] = @(@($state['netAdapters']) + [ordered]@{
            Name = $alias; InterfaceDescription = 'Hyper-V Virtual Ethernet Adapter'; ifIndex = $index; Status = 'Up'; MacAddress = '00-15-5D-01-02-' + ('{0:X2}' -f ($index % 256)); Virtual = $true
        })
        $state['ipAddresses'] = @(@($state['ipAddresses']) + [ordered]@{
            IPAddress = '169.254.' + ($index % 250) + '.17'; InterfaceIndex = $index; InterfaceAlias = $alias; AddressFamily = 'IPv4'; PrefixLength = 16; PrefixOrigin = 'WellKnown'
        })
    }
    Save-EflowMockState $state
    return ConvertTo-EflowMockSwitch $switch
}

# ------------------------------------------------------------------------- NetAdapter / NetTCPIP / NetNat

function Get-NetAdapter {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(ParameterSetName = 'ByName', Position = 0)][Alias('ifAlias', 'InterfaceAlias')][string[]]$Name,
        [Parameter(ParameterSetName = 'ByInstanceID', Mandatory = $true)][Alias('ifDesc')][string[]]$InterfaceDescription,
        [Parameter(ParameterSetName = 'ByIfIndex', Mandatory = $true)][Alias('ifIndex')][int[]]$InterfaceIndex,
        [switch]$IncludeHidden,
        [switch]$Physical,
        [Alias('Session')][object[]]$CimSession,
        [int]$ThrottleLimit,
        [switch]$AsJob
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'NetAdapter'
    $state = Get-EflowMockState
    $any = $false
    foreach ($adapter in @($state['netAdapters'])) {
        if ($null -eq $adapter) { continue }
        if ($null -ne $Name -and @($Name | Where-Object { "$($adapter['Name'])" -like $_ }).Count -eq 0) { continue }
        if ($null -ne $InterfaceDescription -and @($InterfaceDescription | Where-Object { "$($adapter['InterfaceDescription'])" -like $_ }).Count -eq 0) { continue }
        if ($null -ne $InterfaceIndex -and $InterfaceIndex -notcontains [int]$adapter['ifIndex']) { continue }
        if ($Physical -and [bool]$adapter['Virtual']) { continue }
        $any = $true
        New-EflowMockObject 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetAdapter' ([ordered]@{
            Name = "$($adapter['Name'])"; InterfaceAlias = "$($adapter['Name'])"; InterfaceDescription = "$($adapter['InterfaceDescription'])"
            ifIndex = [uint32]$adapter['ifIndex']; InterfaceIndex = [uint32]$adapter['ifIndex']; Status = "$($adapter['Status'])"
            MacAddress = "$($adapter['MacAddress'])"; LinkSpeed = '1 Gbps'
        })
    }
    if (-not $any -and $null -ne $Name -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters(($Name -join ''))) {
        Write-Error -Message "No MSFT_NetAdapter objects found with property 'Name' equal to '$($Name -join ',')'.  Verify the value of the property and retry." -ErrorId 'CmdletizationQuery_NotFound_Name,Get-NetAdapter' -Category ObjectNotFound -TargetObject ($Name -join ',')
    }
}

function ConvertTo-EflowMockIpAddress([System.Collections.IDictionary]$Address) {
    return New-EflowMockObject 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetIPAddress' ([ordered]@{
        IPAddress = "$($Address['IPAddress'])"; InterfaceIndex = [uint32]$Address['InterfaceIndex']; InterfaceAlias = "$($Address['InterfaceAlias'])"
        AddressFamily = "$($Address['AddressFamily'])"; Type = 'Unicast'; PrefixLength = [byte]$Address['PrefixLength']
        PrefixOrigin = "$($Address['PrefixOrigin'])"; AddressState = 'Preferred'; PolicyStore = 'ActiveStore'
    })
}

function Get-NetIPAddress {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(Position = 0)][Alias('LocalAddress')][string[]]$IPAddress,
        [Alias('ifIndex')][uint32[]]$InterfaceIndex,
        [Alias('ifAlias')][string[]]$InterfaceAlias,
        [ValidateSet('IPv4', 'IPv6')][string[]]$AddressFamily,
        [ValidateSet('Unicast', 'Anycast')][string[]]$Type,
        [byte[]]$PrefixLength,
        [string[]]$PrefixOrigin,
        [string[]]$SuffixOrigin,
        [string[]]$AddressState,
        [bool[]]$SkipAsSource,
        [string]$PolicyStore,
        [switch]$IncludeAllCompartments,
        [Alias('Session')][object[]]$CimSession,
        [int]$ThrottleLimit,
        [switch]$AsJob
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'NetTCPIP'
    $state = Get-EflowMockState
    $any = $false
    foreach ($address in @($state['ipAddresses'])) {
        if ($null -eq $address) { continue }
        if ($null -ne $IPAddress -and @($IPAddress | Where-Object { "$($address['IPAddress'])" -like $_ }).Count -eq 0) { continue }
        if ($null -ne $InterfaceIndex -and $InterfaceIndex -notcontains [uint32]$address['InterfaceIndex']) { continue }
        if ($null -ne $InterfaceAlias -and @($InterfaceAlias | Where-Object { "$($address['InterfaceAlias'])" -like $_ }).Count -eq 0) { continue }
        if ($null -ne $AddressFamily -and $AddressFamily -notcontains "$($address['AddressFamily'])") { continue }
        $any = $true
        ConvertTo-EflowMockIpAddress $address
    }
    if (-not $any -and $null -ne $InterfaceIndex) {
        Write-Error -Message "No matching MSFT_NetIPAddress objects found by CIM query for instances of the ROOT/StandardCimv2/MSFT_NetIPAddress class on the  CIM server: SELECT * FROM MSFT_NetIPAddress  WHERE ((InterfaceIndex = $($InterfaceIndex -join ','))). Verify query parameters and retry." -ErrorId 'CmdletizationQuery_NotFound,Get-NetIPAddress' -Category ObjectNotFound -TargetObject 'MSFT_NetIPAddress'
    }
}

function New-NetIPAddress {
    [CmdletBinding(DefaultParameterSetName = 'ByInterfaceAlias', SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, Position = 0)][Alias('LocalAddress')][string]$IPAddress,
        [Parameter(ParameterSetName = 'ByInterfaceIndex', Mandatory = $true)][Alias('ifIndex')][uint32]$InterfaceIndex,
        [Parameter(ParameterSetName = 'ByInterfaceAlias', Mandatory = $true)][Alias('ifAlias')][string]$InterfaceAlias,
        [string]$DefaultGateway,
        [ValidateSet('IPv4', 'IPv6')][string]$AddressFamily,
        [ValidateSet('Unicast', 'Anycast')][string]$Type,
        [byte]$PrefixLength,
        [bool]$SkipAsSource,
        [string]$PolicyStore,
        [timespan]$ValidLifetime,
        [timespan]$PreferredLifetime,
        [Alias('Session')][object[]]$CimSession,
        [int]$ThrottleLimit,
        [switch]$AsJob
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'NetTCPIP'
    $state = Get-EflowMockState
    $parsed = $null
    if (-not [System.Net.IPAddress]::TryParse($IPAddress, [ref]$parsed)) {
        $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord 'Invalid parameter IPAddress' 'Windows System Error 87,New-NetIPAddress' InvalidArgument $IPAddress))
    }
    $adapter = @($state['netAdapters'] | Where-Object { $null -ne $_ -and (($PSCmdlet.ParameterSetName -eq 'ByInterfaceIndex' -and [uint32]$_['ifIndex'] -eq $InterfaceIndex) -or ($PSCmdlet.ParameterSetName -eq 'ByInterfaceAlias' -and "$($_['Name'])" -eq $InterfaceAlias)) }) | Select-Object -First 1
    if ($null -eq $adapter) {
        $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord 'The interface was not found.' 'Windows System Error 1168,New-NetIPAddress' ObjectNotFound $IPAddress))
    }
    if (@($state['ipAddresses'] | Where-Object { $null -ne $_ -and "$($_['IPAddress'])" -eq $IPAddress }).Count -gt 0) {
        $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord 'Instance MSFT_NetIPAddress already exists' 'Windows System Error 87,New-NetIPAddress' ResourceExists $IPAddress))
    }
    $address = [ordered]@{
        IPAddress = $IPAddress; InterfaceIndex = [int]$adapter['ifIndex']; InterfaceAlias = "$($adapter['Name'])"
        AddressFamily = $(if ($parsed.AddressFamily -eq 'InterNetworkV6') { 'IPv6' } else { 'IPv4' })
        PrefixLength = [int]$PrefixLength; PrefixOrigin = 'Manual'
    }
    # A manual address replaces the APIPA one on that interface.
    $state['ipAddresses'] = @(@($state['ipAddresses'] | Where-Object { $null -ne $_ -and -not ([int]$_['InterfaceIndex'] -eq [int]$adapter['ifIndex'] -and "$($_['IPAddress'])" -like '169.254.*') }) + $address)
    Save-EflowMockState $state
    ConvertTo-EflowMockIpAddress $address
}

function ConvertTo-EflowMockNat([System.Collections.IDictionary]$Nat) {
    return New-EflowMockObject 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetNat' ([ordered]@{
        Name = "$($Nat['Name'])"; InternalIPInterfaceAddressPrefix = "$($Nat['InternalIPInterfaceAddressPrefix'])"
        ExternalIPInterfaceAddressPrefix = ''; Active = $true; Store = 'Local'
    })
}

function Get-NetNat {
    [CmdletBinding(DefaultParameterSetName = 'Query (cdxml)')]
    param(
        [Parameter(Position = 0)][Alias('ID')][string[]]$Name,
        [Alias('Session')][object[]]$CimSession,
        [int]$ThrottleLimit,
        [switch]$AsJob
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'NetNat'
    $state = Get-EflowMockState
    $any = $false
    foreach ($nat in @($state['nats'])) {
        if ($null -eq $nat) { continue }
        if ($null -ne $Name -and @($Name | Where-Object { "$($nat['Name'])" -like $_ }).Count -eq 0) { continue }
        $any = $true
        ConvertTo-EflowMockNat $nat
    }
    if (-not $any -and $null -ne $Name) {
        Write-Error -Message "No MSFT_NetNat objects found with property 'Name' equal to '$($Name -join ',')'.  Verify the value of the property and retry." -ErrorId 'CmdletizationQuery_NotFound_Name,Get-NetNat' -Category ObjectNotFound -TargetObject ($Name -join ',')
    }
}

function New-NetNat {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, Position = 0)][Alias('ID')][string]$Name,
        [string]$InternalIPInterfaceAddressPrefix,
        [string]$ExternalIPInterfaceAddressPrefix,
        [uint32]$IcmpQueryTimeout,
        [uint32]$TcpEstablishedConnectionTimeout,
        [uint32]$TcpTransientConnectionTimeout,
        [uint32]$UdpIdleSessionTimeout,
        [Alias('Session')][object[]]$CimSession,
        [int]$ThrottleLimit,
        [switch]$AsJob
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'NetNat'
    $state = Get-EflowMockState
    foreach ($nat in @($state['nats'])) {
        if ($null -ne $nat -and ("$($nat['Name'])" -eq $Name -or "$($nat['InternalIPInterfaceAddressPrefix'])" -eq $InternalIPInterfaceAddressPrefix)) {
            $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord 'The parameter is incorrect.' 'Windows System Error 87,New-NetNat' InvalidArgument $Name))
        }
    }
    $nat = [ordered]@{ Name = $Name; InternalIPInterfaceAddressPrefix = $InternalIPInterfaceAddressPrefix }
    $state['nats'] = @(@($state['nats'] | Where-Object { $null -ne $_ }) + $nat)
    Save-EflowMockState $state
    return ConvertTo-EflowMockNat $nat
}

function Get-DnsClientServerAddress {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(Position = 0)][Alias('ifAlias')][string[]]$InterfaceAlias,
        [Alias('ifIndex')][uint32[]]$InterfaceIndex,
        [ValidateSet('IPv4', 'IPv6')][string[]]$AddressFamily,
        [Alias('Session')][object[]]$CimSession,
        [int]$ThrottleLimit,
        [switch]$AsJob
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'DnsClient'
    $state = Get-EflowMockState
    foreach ($entry in @($state['dnsServers'])) {
        if ($null -eq $entry) { continue }
        if ($null -ne $InterfaceAlias -and @($InterfaceAlias | Where-Object { "$($entry['InterfaceAlias'])" -like $_ }).Count -eq 0) { continue }
        if ($null -ne $InterfaceIndex -and $InterfaceIndex -notcontains [uint32]$entry['InterfaceIndex']) { continue }
        foreach ($family in @('IPv4', 'IPv6')) {
            if ($null -ne $AddressFamily -and $AddressFamily -notcontains $family) { continue }
            $servers = if ($family -eq 'IPv4') { @($entry['ServerAddresses']) } else { @($entry['ServerAddressesV6']) }
            # MSFT_DNSClientServerAddress.AddressFamily is the number (2 = IPv4, 23 = IPv6); the
            # console only formats it as a name.
            New-EflowMockObject 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_DNSClientServerAddress' ([ordered]@{
                InterfaceAlias = "$($entry['InterfaceAlias'])"; InterfaceIndex = [uint32]$entry['InterfaceIndex']
                AddressFamily = [uint16]$(if ($family -eq 'IPv4') { 2 } else { 23 })
                ServerAddresses = [string[]]@($servers | Where-Object { $null -ne $_ -and "$_" -ne '' })
            })
        }
    }
}

# ---------------------------------------------------------------------------------------- Execution policy

function Get-EflowMockProcessPolicy([System.Collections.IDictionary]$State) {
    # Windows: -ExecutionPolicy on powershell.exe's command line sets the Process scope (through
    # PSExecutionPolicyPreference, which children inherit). pwsh on Linux ignores both, so we read them.
    if ("$env:EFLOW_MOCK_PROCESS_POLICY" -ne '') { return "$env:EFLOW_MOCK_PROCESS_POLICY" }
    if ("$env:PSExecutionPolicyPreference" -ne '') { return "$env:PSExecutionPolicyPreference" }
    $arguments = [Environment]::GetCommandLineArgs()
    for ($i = 0; $i -lt $arguments.Count - 1; $i++) {
        if ($arguments[$i] -match '^-(ExecutionPolicy|ExecutionPol|ex|ep)$') { return $arguments[$i + 1] }
    }
    return "$($State['executionPolicy']['Process'])"
}

function Get-EflowMockPolicyOf([System.Collections.IDictionary]$State, [string]$Scope) {
    if ($Scope -eq 'Process') { $value = Get-EflowMockProcessPolicy $State } else { $value = "$($State['executionPolicy'][$Scope])" }
    if ($value -eq '') { $value = 'Undefined' }
    return $value
}

function Get-EflowMockEffectivePolicy([System.Collections.IDictionary]$State) {
    foreach ($scope in @('MachinePolicy', 'UserPolicy', 'Process', 'CurrentUser', 'LocalMachine')) {
        $value = Get-EflowMockPolicyOf $State $scope
        if ($value -ne 'Undefined') { return $value }
    }
    if (Test-EflowMockIsServer $State) { return 'RemoteSigned' }
    return 'Restricted'
}

function Get-ExecutionPolicy {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('Process', 'CurrentUser', 'LocalMachine', 'UserPolicy', 'MachinePolicy')]
        [string]$Scope,
        [switch]$List
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Security'
    $state = Get-EflowMockState
    if ($List) {
        foreach ($s in @('MachinePolicy', 'UserPolicy', 'Process', 'CurrentUser', 'LocalMachine')) {
            [pscustomobject]@{ Scope = $s; ExecutionPolicy = [Microsoft.PowerShell.ExecutionPolicy](Get-EflowMockPolicyOf $state $s) }
        }
        return
    }
    if ($PSBoundParameters.ContainsKey('Scope')) { return [Microsoft.PowerShell.ExecutionPolicy](Get-EflowMockPolicyOf $state $Scope) }
    return [Microsoft.PowerShell.ExecutionPolicy](Get-EflowMockEffectivePolicy $state)
}

function Set-ExecutionPolicy {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)][Microsoft.PowerShell.ExecutionPolicy]$ExecutionPolicy,
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = $true)][ValidateSet('Process', 'CurrentUser', 'LocalMachine', 'UserPolicy', 'MachinePolicy')][string]$Scope = 'LocalMachine',
        [switch]$Force
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Security'
    $state = Get-EflowMockState
    if ($Scope -eq 'MachinePolicy' -or $Scope -eq 'UserPolicy') {
        $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord 'Cannot set execution policy on the Group Policy scopes MachinePolicy and UserPolicy.' 'CantSetGroupPolicy,Microsoft.PowerShell.Commands.SetExecutionPolicyCommand' InvalidOperation $Scope))
    }
    if ($Scope -eq 'Process') { $env:EFLOW_MOCK_PROCESS_POLICY = "$ExecutionPolicy"; return }
    $state['executionPolicy'][$Scope] = "$ExecutionPolicy"
    Save-EflowMockState $state
}

# ---------------------------------------------------------------------------------------- Import-Module

# Why Windows would refuse to load AzureEFLOW.psm1 under the effective execution policy, or ''. Asked by
# Import-Module and by the module files themselves, because Windows checks the policy whenever the .psm1
# loads, also when Get-Command loads it automatically.
function Get-EflowMockModulePolicyError {
    $state = Get-EflowMockState
    $policy = Get-EflowMockEffectivePolicy $state
    $file = 'C:\Program Files\WindowsPowerShell\Modules\AzureEFLOW\AzureEFLOW.psm1'
    $signature = "$($state['moduleSignature'])"
    if ($policy -eq 'Restricted') {
        return "File $file cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170."
    }
    if ($policy -eq 'AllSigned' -and $signature -ne 'Valid') {
        return "File $file cannot be loaded. The file $file is not digitally signed. You cannot run this script on the current system. For more information about running scripts and setting execution policy, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170."
    }
    if ($policy -eq 'AllSigned' -and -not [bool]$state['publisherTrusted']) {
        return "File $file cannot be loaded. The file $file is published by CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US and is not trusted on your system. Only scripts from trusted publishers can be run."
    }
    return ''
}

function Import-Module {
    [CmdletBinding(DefaultParameterSetName = 'Name')]
    param(
        [switch]$Global,
        [ValidateNotNull()][string]$Prefix,
        [Parameter(ParameterSetName = 'Name', Mandatory = $true, Position = 0, ValueFromPipeline = $true)][string[]]$Name,
        [Parameter(ParameterSetName = 'FullyQualifiedName', Mandatory = $true, Position = 0, ValueFromPipeline = $true)][Microsoft.PowerShell.Commands.ModuleSpecification[]]$FullyQualifiedName,
        [Parameter(ParameterSetName = 'Assembly', Mandatory = $true, Position = 0, ValueFromPipeline = $true)][System.Reflection.Assembly[]]$Assembly,
        [ValidateNotNull()][string[]]$Function,
        [ValidateNotNull()][string[]]$Cmdlet,
        [ValidateNotNull()][string[]]$Variable,
        [ValidateNotNull()][string[]]$Alias,
        [switch]$Force,
        [switch]$SkipEditionCheck,
        [switch]$PassThru,
        [switch]$AsCustomObject,
        [Parameter(ParameterSetName = 'Name')][Alias('Version')][version]$MinimumVersion,
        [Parameter(ParameterSetName = 'Name')][string]$MaximumVersion,
        [Parameter(ParameterSetName = 'Name')][version]$RequiredVersion,
        [Parameter(ParameterSetName = 'ModuleInfo', Mandatory = $true, Position = 0, ValueFromPipeline = $true)][psmoduleinfo[]]$ModuleInfo,
        [Alias('Args')][System.Object[]]$ArgumentList,
        [switch]$DisableNameChecking,
        [Alias('NoOverwrite')][switch]$NoClobber,
        [ValidateSet('Local', 'Global')][string]$Scope,
        [Alias('UseWinPS')][switch]$UseWindowsPowerShell
    )
    process {
        $names = @($Name | Where-Object { $null -ne $_ })
        $isEflow = @($names | Where-Object { "$_" -match '(^|[\\/])AzureEFLOW(\.ps[dm]1)?$' }).Count -gt 0
        $isBits = @($names | Where-Object { "$_" -ieq 'BitsTransfer' }).Count -gt 0
        if ($isEflow -or $isBits) { Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Core' }
        if ($isBits) {
            $state = Get-EflowMockState
            if ("$($state['bits'])" -eq 'Unavailable') {
                $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord "The specified module 'BitsTransfer' was not loaded because no valid module file was found in any module directory." 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand' ResourceUnavailable 'BitsTransfer' 'System.IO.FileNotFoundException'))
            }
            if ($PassThru) { return [pscustomobject]@{ Name = 'BitsTransfer'; Version = [version]'2.0.0.0' } }
            return
        }
        if ($isEflow) {
            $message = Get-EflowMockModulePolicyError
            if ($message -ne '') {
                $file = 'C:\Program Files\WindowsPowerShell\Modules\AzureEFLOW\AzureEFLOW.psm1'
                $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord $message 'UnauthorizedAccess' SecurityError $file 'System.Management.Automation.PSSecurityException'))
            }
        }
        Microsoft.PowerShell.Core\Import-Module @PSBoundParameters
    }
}

# ---------------------------------------------------------------------------------------- BITS

function ConvertTo-EflowMockBitsJob([System.Collections.IDictionary]$Job, [System.Collections.IDictionary]$State) {
    # A real BitsJob updates its JobState live; the scripts poll the property. The scenario decides how
    # it moves: "Transferred" (after bitsPolls reads), "TransientError" (for ever), "Error".
    $object = [pscustomobject]([ordered]@{
        JobId = "$($Job['JobId'])"; DisplayName = "$($Job['DisplayName'])"; TransferType = 'Download'
        OwnerAccount = 'HOST\admin'; Priority = 'Foreground'; EflowMockMode = "$($State['bits'])"
        EflowMockPolls = 0; EflowMockPollLimit = [int]$State['bitsPolls']; EflowMockSaved = "$($Job['JobState'])"
        BytesTotal = [uint64]$State['msiBytes']
        FileList = @([pscustomobject]@{ RemoteName = "$($Job['Source'])"; LocalName = "$($Job['Destination'])" })
    })
    $object.PSObject.TypeNames.Insert(0, 'Microsoft.BackgroundIntelligentTransfer.Management.BitsJob')
    $object | Add-Member -MemberType ScriptProperty -Name JobState -Value {
        if ($this.EflowMockSaved -eq 'Transferred' -or $this.EflowMockSaved -eq 'Acknowledged' -or $this.EflowMockSaved -eq 'Cancelled') { return $this.EflowMockSaved }
        $this.EflowMockPolls++
        switch ($this.EflowMockMode) {
            'TransientError' { return 'TransientError' }
            'Error' { return 'Error' }
        }
        if ($this.EflowMockPolls -gt $this.EflowMockPollLimit) { return 'Transferred' }
        return 'Transferring'
    }
    $object | Add-Member -MemberType ScriptProperty -Name BytesTransferred -Value {
        if ($this.EflowMockMode -eq 'TransientError' -or $this.EflowMockMode -eq 'Error') { return [uint64]0 }
        $limit = [math]::Max(1, $this.EflowMockPollLimit)
        return [uint64]([math]::Min(1.0, $this.EflowMockPolls / $limit) * $this.BytesTotal)
    }
    $object | Add-Member -MemberType ScriptProperty -Name ErrorDescription -Value {
        if ($this.EflowMockMode -eq 'TransientError') { return 'The server name or address could not be resolved' }
        if ($this.EflowMockMode -eq 'Error') { return 'HTTP status 404: The requested URL does not exist on the server.' }
        return ''
    }
    return $object
}

function Find-EflowMockBitsJob([System.Collections.IDictionary]$State, $Job) {
    $id = "$($Job.JobId)"
    return @($State['bitsJobs'] | Where-Object { $null -ne $_ -and "$($_['JobId'])" -eq $id }) | Select-Object -First 1
}

function Start-BitsTransfer {
    [CmdletBinding(DefaultParameterSetName = 'Default', SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)][Alias('LocalName')][string[]]$Source,
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = $true)][Alias('RemoteName')][string[]]$Destination,
        [switch]$Asynchronous,
        [ValidateSet('Default', 'Basic', 'Digest', 'Ntlm', 'Negotiate', 'Passport')][string]$Authentication,
        [pscredential]$Credential,
        [string]$Description,
        [string]$DisplayName,
        [ValidateSet('Foreground', 'High', 'Normal', 'Low')][string]$Priority,
        [ValidateSet('SystemDefault', 'NoProxy', 'AutoDetect', 'Override')][string]$ProxyUsage,
        [string[]]$ProxyList,
        [string[]]$ProxyBypass,
        [pscredential]$ProxyCredential,
        [ValidateSet('Download', 'Upload', 'UploadReply')][string]$TransferType,
        [int]$RetryInterval,
        [int]$RetryTimeout,
        [switch]$Suspended,
        [switch]$Dynamic
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'BitsTransfer'
    $state = Get-EflowMockState
    if ("$($state['bits'])" -eq 'Unavailable') {
        $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord 'The operation being requested was not performed because the user has not logged on to the network. The specified service does not exist. (Exception from HRESULT: 0x800704DD)' 'StartBitsTransferCOMException,Microsoft.BackgroundIntelligentTransfer.Management.NewBitsTransferCommand' InvalidOperation $null 'System.Runtime.InteropServices.COMException'))
    }
    $job = [ordered]@{
        JobId = [guid]::NewGuid().ToString(); DisplayName = $(if ($DisplayName) { $DisplayName } else { 'BITS Transfer' })
        Source = $Source[0]; Destination = "$($Destination | Select-Object -First 1)"; JobState = 'Transferring'
    }
    $state['bitsJobs'] = @(@($state['bitsJobs'] | Where-Object { $null -ne $_ }) + $job)
    Save-EflowMockState $state
    $object = ConvertTo-EflowMockBitsJob $job $state
    if ($Asynchronous) { return $object }
    # Synchronous: finishes or fails at once.
    if ("$($state['bits'])" -ne 'Transferred') {
        $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord "$($object.ErrorDescription)" 'StartBitsTransferError' InvalidOperation $Source[0]))
    }
    Complete-EflowMockBitsJob $state $job
}

function Complete-EflowMockBitsJob([System.Collections.IDictionary]$State, [System.Collections.IDictionary]$Job) {
    Add-EflowMockFile $State ([ordered]@{ path = "$($Job['Destination'])"; source = "$($Job['Source'])"; length = [int64]$State['msiBytes'] })
    $State['bitsJobs'] = @($State['bitsJobs'] | Where-Object { $null -ne $_ -and "$($_['JobId'])" -ne "$($Job['JobId'])" })
    Save-EflowMockState $State
}

function Get-BitsTransfer {
    [CmdletBinding(DefaultParameterSetName = 'Name')]
    param(
        [Parameter(ParameterSetName = 'Name', Position = 0)][string[]]$Name,
        [Parameter(ParameterSetName = 'Name')][switch]$AllUsers,
        [Parameter(ParameterSetName = 'Id', Mandatory = $true)][Alias('Id')][guid[]]$JobId
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'BitsTransfer'
    $state = Get-EflowMockState
    $any = $false
    foreach ($job in @($state['bitsJobs'])) {
        if ($null -eq $job) { continue }
        if ($null -ne $Name -and @($Name | Where-Object { "$($job['DisplayName'])" -like $_ }).Count -eq 0) { continue }
        if ($null -ne $JobId -and @($JobId | Where-Object { "$_" -eq "$($job['JobId'])" }).Count -eq 0) { continue }
        $any = $true
        ConvertTo-EflowMockBitsJob $job $state
    }
    if (-not $any -and $null -ne $Name) {
        Write-Error -Message "Cannot find a BITS job with the name '$($Name -join ',')'." -ErrorId 'GetBitsTransferNameNotFound,Microsoft.BackgroundIntelligentTransfer.Management.GetBitsTransferCommand' -Category ObjectNotFound -TargetObject ($Name -join ',')
    }
}

function Resume-BitsTransfer {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true)][object[]]$BitsJob,
        [switch]$Asynchronous
    )
    process {
        Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'BitsTransfer'
        $state = Get-EflowMockState
        foreach ($job in $BitsJob) {
            $saved = Find-EflowMockBitsJob $state $job
            if ($null -eq $saved) { continue }
            ConvertTo-EflowMockBitsJob $saved $state
        }
    }
}

function Complete-BitsTransfer {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true)][object[]]$BitsJob)
    process {
        Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'BitsTransfer'
        $state = Get-EflowMockState
        foreach ($job in $BitsJob) {
            $saved = Find-EflowMockBitsJob $state $job
            if ($null -eq $saved) { continue }
            if ("$($job.JobState)" -ne 'Transferred') {
                $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord 'The requested action is not allowed in the current job state.' 'CompleteBitsTransferCOMException' InvalidOperation $job))
            }
            Complete-EflowMockBitsJob $state $saved
        }
    }
}

function Remove-BitsTransfer {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param([Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true)][object[]]$BitsJob)
    process {
        Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'BitsTransfer'
        $state = Get-EflowMockState
        foreach ($job in $BitsJob) {
            $id = "$($job.JobId)"
            $state['bitsJobs'] = @($state['bitsJobs'] | Where-Object { $null -ne $_ -and "$($_['JobId'])" -ne $id })
        }
        Save-EflowMockState $state
    }
}

# ---------------------------------------------------------------------------------------- Registry

function Get-EflowMockRegistryItems([System.Collections.IDictionary]$State, [string]$Path) {
    # Uninstall keys: a few ordinary products, plus the installed EFLOW MSI (64-bit view only).
    $uninstall = '(?i)^(Registry::)?(HKLM:|HKEY_LOCAL_MACHINE)\\SOFTWARE\\(WOW6432Node\\)?Microsoft\\Windows\\CurrentVersion\\Uninstall(\\\*|\\)?$'
    if ($Path -match $uninstall) {
        $wow = $Path -match '(?i)WOW6432Node'
        $items = New-Object System.Collections.ArrayList
        foreach ($product in @($State['otherProducts'])) {
            if ($null -ne $product) { [void]$items.Add($product) }
        }
        if (-not $wow -and $null -ne $State['product']) { [void]$items.Add($State['product']) }
        foreach ($item in $items) {
            $key = if ($item['ProductCode']) { "$($item['ProductCode'])" } else { '{' + [guid]::NewGuid().ToString().ToUpperInvariant() + '}' }
            $properties = [ordered]@{}
            foreach ($k in $item.Keys) { if ($k -ne 'ProductCode') { $properties[$k] = $item[$k] } }
            $properties['PSPath'] = 'Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\' + $key
            $properties['PSChildName'] = $key
            $properties['PSProvider'] = 'Microsoft.PowerShell.Core\Registry'
            [pscustomobject]$properties
        }
        return
    }
    foreach ($key in $State['registry'].Keys) {
        if ($key -ieq $Path.TrimEnd('\')) {
            $properties = [ordered]@{}
            foreach ($k in $State['registry'][$key].Keys) { $properties[$k] = $State['registry'][$key][$k] }
            $properties['PSPath'] = 'Microsoft.PowerShell.Core\Registry::' + ($key -replace '^HKLM:', 'HKEY_LOCAL_MACHINE' -replace '^HKCU:', 'HKEY_CURRENT_USER')
            return [pscustomobject]$properties
        }
    }
    Write-Error -Message "Cannot find path '$Path' because it does not exist." -ErrorId 'PathNotFound,Microsoft.PowerShell.Commands.GetItemPropertyCommand' -Category ObjectNotFound -TargetObject $Path
}

function Get-ItemProperty {
    [CmdletBinding(DefaultParameterSetName = 'Path')]
    param(
        [Parameter(ParameterSetName = 'Path', Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)][string[]]$Path,
        [Parameter(ParameterSetName = 'LiteralPath', Mandatory = $true, ValueFromPipelineByPropertyName = $true)][Alias('PSPath', 'LP')][string[]]$LiteralPath,
        [Parameter(Position = 1)][Alias('PSProperty')][string[]]$Name,
        [string]$Filter,
        [string[]]$Include,
        [string[]]$Exclude,
        [pscredential]$Credential
    )
    process {
        $paths = if ($PSCmdlet.ParameterSetName -eq 'Path') { $Path } else { $LiteralPath }
        if (@($paths | Where-Object { Test-EflowMockWindowsPath $_ }).Count -eq 0) {
            return Microsoft.PowerShell.Management\Get-ItemProperty @PSBoundParameters
        }
        Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
        $state = Get-EflowMockState
        foreach ($p in $paths) {
            foreach ($item in @(Get-EflowMockRegistryItems $state $p)) {
                if ($null -eq $Name) { $item; continue }
                $selected = [ordered]@{}
                foreach ($n in $Name) { if ($null -ne $item.PSObject.Properties[$n]) { $selected[$n] = $item.$n } }
                [pscustomobject]$selected
            }
        }
    }
}

function Get-ItemPropertyValue {
    [CmdletBinding(DefaultParameterSetName = 'Path')]
    param(
        [Parameter(ParameterSetName = 'Path', Position = 0, ValueFromPipelineByPropertyName = $true)][string[]]$Path,
        [Parameter(ParameterSetName = 'LiteralPath', Mandatory = $true, ValueFromPipelineByPropertyName = $true)][Alias('PSPath', 'LP')][string[]]$LiteralPath,
        [Parameter(Mandatory = $true, Position = 1)][Alias('PSProperty')][string[]]$Name,
        [string]$Filter,
        [string[]]$Include,
        [string[]]$Exclude,
        [pscredential]$Credential
    )
    $paths = if ($PSCmdlet.ParameterSetName -eq 'Path') { $Path } else { $LiteralPath }
    if (@($paths | Where-Object { Test-EflowMockWindowsPath $_ }).Count -eq 0) {
        return Microsoft.PowerShell.Management\Get-ItemPropertyValue @PSBoundParameters
    }
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
    $state = Get-EflowMockState
    foreach ($p in $paths) {
        $item = Get-EflowMockRegistryItems $state $p | Select-Object -First 1
        if ($null -eq $item) { continue }
        foreach ($n in $Name) {
            if ($null -eq $item.PSObject.Properties[$n]) {
                $PSCmdlet.ThrowTerminatingError((New-EflowMockErrorRecord "Property $n does not exist at path $p." 'System.Management.Automation.PSArgumentException,Microsoft.PowerShell.Commands.GetItemPropertyValueCommand' InvalidArgument $n 'System.Management.Automation.PSArgumentException'))
            }
            $item.$n
        }
    }
}

# ---------------------------------------------------------------------------------------- Files

function Test-EflowMockVirtualDir([System.Collections.IDictionary]$State, [string]$Path) {
    $prefix = $Path.TrimEnd('\', '/') + '\'
    foreach ($file in (Get-EflowMockFiles $State)) { if ("$($file['path'])".StartsWith($prefix, [StringComparison]::OrdinalIgnoreCase)) { return $true } }
    foreach ($dir in @($State['directories'])) { if ($null -ne $dir -and "$dir".TrimEnd('\') -ieq $Path.TrimEnd('\', '/')) { return $true } }
    return $false
}

function Test-Path {
    [CmdletBinding(DefaultParameterSetName = 'Path')]
    param(
        [Parameter(ParameterSetName = 'Path', Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)][AllowNull()][AllowEmptyCollection()][AllowEmptyString()][string[]]$Path,
        [Parameter(ParameterSetName = 'LiteralPath', Mandatory = $true, ValueFromPipelineByPropertyName = $true)][Alias('PSPath', 'LP')][AllowNull()][AllowEmptyCollection()][AllowEmptyString()][string[]]$LiteralPath,
        [string]$Filter,
        [string[]]$Include,
        [string[]]$Exclude,
        [Alias('Type')][Microsoft.PowerShell.Commands.TestPathType]$PathType = 'Any',
        [switch]$IsValid,
        [pscredential]$Credential,
        [datetime]$OlderThan,
        [datetime]$NewerThan
    )
    process {
        $paths = if ($PSCmdlet.ParameterSetName -eq 'Path') { $Path } else { $LiteralPath }
        $state = Get-EflowMockState
        $virtual = @($paths | Where-Object { $null -ne $_ -and ((Test-EflowMockWindowsPath $_) -or $null -ne (Find-EflowMockFile $state $_)) })
        if ($virtual.Count -eq 0 -or $IsValid) { return Microsoft.PowerShell.Management\Test-Path @PSBoundParameters }
        Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
        foreach ($p in $paths) {
            $isFile = $null -ne (Find-EflowMockFile $state $p)
            $isDir = Test-EflowMockVirtualDir $state $p
            switch ("$PathType") {
                'Leaf' { $isFile }
                'Container' { $isDir }
                default { $isFile -or $isDir }
            }
        }
    }
}

function ConvertTo-EflowMockFileItem([System.Collections.IDictionary]$File) {
    $path = "$($File['path'])"
    $name = ($path -split '[\\/]')[-1]
    $written = if ($File['lastWriteTime']) { [datetime]$File['lastWriteTime'] } else { Get-Date }
    $object = [pscustomobject]([ordered]@{
        Name = $name; FullName = $path; Length = [int64]$File['length']; LastWriteTime = $written
        DirectoryName = $path.Substring(0, [math]::Max(0, $path.Length - $name.Length - 1)); Extension = [System.IO.Path]::GetExtension($name)
    })
    $object.PSObject.TypeNames.Insert(0, 'System.IO.FileInfo')
    return $object
}

function Get-Item {
    [CmdletBinding(DefaultParameterSetName = 'Path')]
    param(
        [Parameter(ParameterSetName = 'Path', Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)][string[]]$Path,
        [Parameter(ParameterSetName = 'LiteralPath', Mandatory = $true, ValueFromPipelineByPropertyName = $true)][Alias('PSPath', 'LP')][string[]]$LiteralPath,
        [string]$Filter,
        [string[]]$Include,
        [string[]]$Exclude,
        [switch]$Force,
        [pscredential]$Credential,
        [string[]]$Stream
    )
    process {
        $paths = if ($PSCmdlet.ParameterSetName -eq 'Path') { $Path } else { $LiteralPath }
        $state = Get-EflowMockState
        if (@($paths | Where-Object { (Test-EflowMockWindowsPath $_) -or $null -ne (Find-EflowMockFile $state $_) }).Count -eq 0) {
            return Microsoft.PowerShell.Management\Get-Item @PSBoundParameters
        }
        Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
        foreach ($p in $paths) {
            $file = Find-EflowMockFile $state $p
            if ($null -eq $file) {
                Write-Error -Message "Cannot find path '$p' because it does not exist." -ErrorId 'PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand' -Category ObjectNotFound -TargetObject $p
                continue
            }
            ConvertTo-EflowMockFileItem $file
        }
    }
}

function Get-ChildItem {
    [CmdletBinding(DefaultParameterSetName = 'Items')]
    param(
        [Parameter(ParameterSetName = 'Items', Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)][string[]]$Path,
        [Parameter(ParameterSetName = 'LiteralItems', Mandatory = $true, ValueFromPipelineByPropertyName = $true)][Alias('PSPath', 'LP')][string[]]$LiteralPath,
        [Parameter(Position = 1)][string]$Filter,
        [string[]]$Include,
        [string[]]$Exclude,
        [Alias('s', 'r')][switch]$Recurse,
        [uint32]$Depth,
        [switch]$Force,
        [switch]$Name,
        [System.Management.Automation.FlagsExpression[System.IO.FileAttributes]]$Attributes,
        [switch]$FollowSymlink,
        [Alias('ad', 'd')][switch]$Directory,
        [Alias('af')][switch]$File,
        [Alias('ah', 'h')][switch]$Hidden,
        [Alias('ar')][switch]$ReadOnly,
        [Alias('as')][switch]$System
    )
    process {
        $paths = if ($PSCmdlet.ParameterSetName -eq 'Items') { $Path } else { $LiteralPath }
        if ($null -eq $paths -or @($paths | Where-Object { Test-EflowMockWindowsPath $_ }).Count -eq 0) {
            return Microsoft.PowerShell.Management\Get-ChildItem @PSBoundParameters
        }
        Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
        $state = Get-EflowMockState
        foreach ($p in $paths) {
            if (-not (Test-EflowMockVirtualDir $state $p)) {
                Write-Error -Message "Cannot find path '$p' because it does not exist." -ErrorId 'PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand' -Category ObjectNotFound -TargetObject $p
                continue
            }
            $prefix = $p.TrimEnd('\', '/') + '\'
            foreach ($f in (Get-EflowMockFiles $state)) {
                $full = "$($f['path'])"
                if (-not $full.StartsWith($prefix, [StringComparison]::OrdinalIgnoreCase)) { continue }
                $rest = $full.Substring($prefix.Length)
                if (-not $Recurse -and $rest.Contains('\')) { continue }
                $leaf = ($rest -split '\\')[-1]
                if ($Filter -and $leaf -notlike $Filter) { continue }
                ConvertTo-EflowMockFileItem $f
            }
        }
    }
}

function Remove-Item {
    [CmdletBinding(DefaultParameterSetName = 'Path', SupportsShouldProcess = $true)]
    param(
        [Parameter(ParameterSetName = 'Path', Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)][string[]]$Path,
        [Parameter(ParameterSetName = 'LiteralPath', Mandatory = $true, ValueFromPipelineByPropertyName = $true)][Alias('PSPath', 'LP')][string[]]$LiteralPath,
        [string]$Filter,
        [string[]]$Include,
        [string[]]$Exclude,
        [switch]$Recurse,
        [switch]$Force,
        [pscredential]$Credential,
        [string[]]$Stream
    )
    process {
        $paths = if ($PSCmdlet.ParameterSetName -eq 'Path') { $Path } else { $LiteralPath }
        $state = Get-EflowMockState
        $virtual = @($paths | Where-Object { (Test-EflowMockWindowsPath $_) -or $null -ne (Find-EflowMockFile $state $_) })
        if ($virtual.Count -eq 0) { return Microsoft.PowerShell.Management\Remove-Item @PSBoundParameters }
        Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
        foreach ($p in $virtual) { Remove-EflowMockFile $state $p }
        Save-EflowMockState $state
    }
}

# ---------------------------------------------------------------------------------------- Authenticode

function Get-AuthenticodeSignature {
    [CmdletBinding(DefaultParameterSetName = 'ByPath')]
    param(
        [Parameter(ParameterSetName = 'ByPath', Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)][string[]]$FilePath,
        [Parameter(ParameterSetName = 'ByLiteralPath', Mandatory = $true, ValueFromPipelineByPropertyName = $true)][Alias('PSPath', 'LP')][string[]]$LiteralPath,
        [Parameter(ParameterSetName = 'ByContent', Mandatory = $true)][string]$SourcePathOrExtension,
        [Parameter(ParameterSetName = 'ByContent', Mandatory = $true)][byte[]]$Content
    )
    process {
        Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Security'
        $state = Get-EflowMockState
        $paths = if ($PSCmdlet.ParameterSetName -eq 'ByPath') { $FilePath } else { $LiteralPath }
        foreach ($p in $paths) {
            $file = Find-EflowMockFile $state $p
            if ($null -eq $file -and -not (Microsoft.PowerShell.Management\Test-Path -LiteralPath $p -PathType Leaf)) {
                Write-Error -Message "Cannot find path '$p' because it does not exist." -ErrorId 'FileNotFound,Microsoft.PowerShell.Commands.GetAuthenticodeSignatureCommand' -Category ObjectNotFound -TargetObject $p
                continue
            }
            $status = if ($null -ne $file -and $file['signature']) { "$($file['signature'])" } else { "$($state['msiSignature'])" }
            $messages = @{
                Valid = 'Signature verified.'; NotSigned = 'The file is not digitally signed.'
                HashMismatch = 'The contents of file ' + $p + ' might have been changed by an unauthorized user or process, because the hash of the file does not match the hash stored in the digital signature.'
                NotTrusted = 'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.'
            }
            $signer = if ($status -eq 'NotSigned') { $null } else { [pscustomobject]@{ Subject = 'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US'; Thumbprint = 'AB0CDE1F23456789ABCDEF0123456789ABCDEF01' } }
            New-EflowMockObject 'System.Management.Automation.Signature' ([ordered]@{
                SignerCertificate = $signer; TimeStamperCertificate = $null; Status = $status; StatusMessage = "$($messages[$status])"
                Path = $p; SignatureType = $(if ($status -eq 'NotSigned') { 'None' } else { 'Authenticode' }); IsOSBinary = $false
            })
        }
    }
}

# ---------------------------------------------------------------------------------------- msiexec

function Get-EflowMockProductFor([System.Collections.IDictionary]$State, [string]$Release) {
    $versions = $State['productVersions']
    $version = "$($versions[$Release])"
    if ($version -eq '') { $version = "$($versions['1.5'])" }
    $name = if ($Release -eq 'cr') { 'Azure IoT Edge' } else { 'Azure IoT Edge LTS' }
    return [ordered]@{ DisplayName = $name; DisplayVersion = $version; Publisher = 'Microsoft Corporation'; ProductCode = '{6E4EE2F1-2C1C-44A1-A4D3-2E1DA4A6C0F4}' }
}

function Get-EflowMockMsiRelease([System.Collections.IDictionary]$State, [string]$Msi) {
    if ("$($State['msiRelease'])" -ne '') { return "$($State['msiRelease'])" }
    $file = Find-EflowMockFile $State $Msi
    if ($null -ne $file -and "$($file['release'])" -ne '') { return "$($file['release'])" }
    $hint = $Msi + ' ' + $(if ($null -ne $file) { "$($file['source'])" } else { '' })
    if ($hint -match 'AzureIoTEdge-(\d+\.\d+)-') { return $Matches[1] }
    if ($hint -match '(?i)AzEFLOWMSI_1_(\d)_LTS') { return '1.' + $Matches[1] }
    if ($hint -match '(?i)AzEFLOWMSI-CR') { return 'cr' }
    if ($hint -match '(?i)AzEflowMSI$') { return '1.1' }
    return '1.5'
}

function Start-Process {
    [CmdletBinding(DefaultParameterSetName = 'Default')]
    param(
        [Parameter(Mandatory = $true, Position = 0)][Alias('PSPath', 'Path')][ValidateNotNullOrEmpty()][string]$FilePath,
        [Parameter(Position = 1)][Alias('Args')][ValidateNotNullOrEmpty()][string[]]$ArgumentList,
        [Parameter(ParameterSetName = 'Default')][Alias('RunAs')][pscredential]$Credential,
        [ValidateNotNullOrEmpty()][string]$WorkingDirectory,
        [Parameter(ParameterSetName = 'Default')][Alias('Lup')][switch]$LoadUserProfile,
        [Parameter(ParameterSetName = 'Default')][Alias('nnw')][switch]$NoNewWindow,
        [switch]$PassThru,
        [Parameter(ParameterSetName = 'Default')][Alias('RSE')][ValidateNotNullOrEmpty()][string]$RedirectStandardError,
        [Parameter(ParameterSetName = 'Default')][Alias('RSI')][ValidateNotNullOrEmpty()][string]$RedirectStandardInput,
        [Parameter(ParameterSetName = 'Default')][Alias('RSO')][ValidateNotNullOrEmpty()][string]$RedirectStandardOutput,
        [Parameter(ParameterSetName = 'UseShellExecute')][ValidateNotNullOrEmpty()][string]$Verb,
        [ValidateNotNullOrEmpty()][System.Diagnostics.ProcessWindowStyle]$WindowStyle,
        [switch]$Wait,
        [Parameter(ParameterSetName = 'Default')][switch]$UseNewEnvironment
    )
    if ($FilePath -notmatch '(?i)(^|[\\/])msiexec(\.exe)?$') { return Microsoft.PowerShell.Management\Start-Process @PSBoundParameters }
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
    $state = Get-EflowMockState
    $line = ($ArgumentList -join ' ')
    $exitCode = [int]$state['msiExitCode']
    if ($line -match '(?i)/i\s+"([^"]+)"' -or $line -match '(?i)/i\s+(\S+)') {
        $msi = $Matches[1]
        if ($null -eq (Find-EflowMockFile $state $msi) -and -not (Microsoft.PowerShell.Management\Test-Path -LiteralPath $msi -PathType Leaf)) {
            $exitCode = 1619 # ERROR_INSTALL_PACKAGE_OPEN_FAILED
        } elseif (@(0, 1641, 3010) -contains $exitCode) {
            $release = Get-EflowMockMsiRelease $state $msi
            $product = Get-EflowMockProductFor $state $release
            $installDir = 'C:\Program Files\Azure IoT Edge\'
            if ($line -match '(?i)INSTALLDIR="([^"]+)"') { $installDir = $Matches[1].TrimEnd('\') + '\' }
            $product['InstallLocation'] = $installDir
            $state['product'] = $product
            $state['services']['WSSDAgent'] = 'Running'
            $state['directories'] = @(@($state['directories'] | Where-Object { $null -ne $_ }) + $installDir.TrimEnd('\'))
            Add-EflowMockModulePath $product['DisplayVersion']
        }
    } elseif ($line -match '(?i)/x\s+"?([^"\s]+)"?') {
        if (@(0, 1641, 3010) -contains $exitCode) { $state['product'] = $null; $state['vm'] = [ordered]@{ exists = $false } }
    } else {
        $exitCode = 1639 # ERROR_INVALID_COMMAND_LINE
    }
    Save-EflowMockState $state
    if ($PassThru) {
        $process = [pscustomobject]([ordered]@{ Id = 4242; ProcessName = 'msiexec'; HasExited = $true; ExitCode = $exitCode; StartTime = Get-Date })
        $process.PSObject.TypeNames.Insert(0, 'System.Diagnostics.Process')
        return $process
    }
}

# ------------------------------------------------------------------------------- Restart-Computer

# Declared as Windows PowerShell 5.1 documents it (Microsoft.PowerShell.Management, parameter sets
# DefaultSet and AsJobSet). The mock records the call and does what the restart finishes: features and
# roles waiting for it become enabled/installed, and the hypervisor runs. It never restarts anything.
function Restart-Computer {
    [CmdletBinding(DefaultParameterSetName = 'DefaultSet', SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(ParameterSetName = 'AsJobSet')][switch]$AsJob,
        [Parameter(ParameterSetName = 'DefaultSet')][Parameter(ParameterSetName = 'AsJobSet')][Alias('Authentication')][string]$DcomAuthentication,
        [Parameter(ParameterSetName = 'DefaultSet')][Parameter(ParameterSetName = 'AsJobSet')][string]$Impersonation,
        [Parameter(ParameterSetName = 'DefaultSet')][Parameter(ParameterSetName = 'AsJobSet')][ValidateSet('Default', 'Basic', 'Negotiate', 'CredSSP', 'Digest', 'Kerberos')][string]$WsmanAuthentication,
        [Parameter(ParameterSetName = 'DefaultSet')][ValidateSet('DCOM', 'WSMan')][string]$Protocol,
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = $true)][Alias('CN', '__SERVER', 'Server', 'IPAddress')][ValidateNotNullOrEmpty()][string[]]$ComputerName,
        [Parameter(Position = 1)][ValidateNotNullOrEmpty()][pscredential]$Credential,
        [Alias('f')][switch]$Force,
        [Parameter(ParameterSetName = 'DefaultSet')][switch]$Wait,
        [Parameter(ParameterSetName = 'DefaultSet')][Alias('TimeoutSec')][ValidateRange(-1, 2147483647)][int]$Timeout,
        [Parameter(ParameterSetName = 'DefaultSet')][string]$For,
        [Parameter(ParameterSetName = 'DefaultSet')][ValidateRange(1, 32767)][int16]$Delay,
        [ValidateRange(-2147483648, 1000)][int]$ThrottleLimit
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'Microsoft.PowerShell.Management'
    $state = Get-EflowMockState
    foreach ($table in @('optionalFeatures', 'windowsFeatures')) {
        $features = $state[$table]
        if ($null -eq $features) { continue }
        foreach ($name in @($features.Keys)) {
            if ("$($features[$name])" -eq 'EnablePending') { $features[$name] = 'Enabled' }
            if ("$($features[$name])" -eq 'InstallPending') { $features[$name] = 'Installed' }
        }
    }
    if ($null -ne $state['computerSystem']) { $state['computerSystem']['HypervisorPresent'] = $true }
    $state['restarts'] = [int]$state['restarts'] + 1
    Save-EflowMockState $state
}
