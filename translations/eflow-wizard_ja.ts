<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>a demo machine exists only inside eflow-wizard, Ansible cannot reach it; run it with eflow-wizard fleet run</source>
        <translation>デモ マシンは eflow-wizard の内部にのみ存在するため、Ansible からは到達できません。eflow-wizard fleet run で実行してください</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>the fleet file has no ssh:// host; Ansible reaches Windows hosts over SSH, and demo machines run only with eflow-wizard fleet run</source>
        <translation>フリート ファイルに ssh:// ホストがありません。Ansible は SSH 経由で Windows ホストに接続します。デモ マシンは eflow-wizard fleet run でのみ実行されます</translation>
    </message>
    <message>
        <source>%1: a fleet provisions through a DPS enrollment group with symmetric keys; the plan&apos;s provisioning type is &quot;%2&quot;</source>
        <translation>%1: フリートは対称キーを使用する DPS 登録グループを通じてプロビジョニングされますが、プランのプロビジョニングの種類は &quot;%2&quot; です</translation>
    </message>
    <message>
        <source>this build of eflow-wizard lacks the export&apos;s file %1</source>
        <translation>この eflow-wizard のビルドには、エクスポート用のファイル %1 がありません</translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>%1: %2 (choices: %3)</source>
        <translation>%1: %2 (選択肢: %3)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message numerus="yes">
        <source>  | … (%n line(s) in all)</source>
        <translation>
            <numerusform>  | … (全 %n 行)</numerusform>
        </translation>
    </message>
    <message>
        <source>[button] %1</source>
        <translation>[ボタン] %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Chosen: release = %1; accept the license terms = %2; optional diagnostic data = %3</source>
        <translation>選択内容: リリース = %1、ライセンス条項に同意 = %2、オプションの診断データ = %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Autopilot: the wizard has no start page.</source>
        <translation>Autopilot: ウィザードに開始ページがありません。</translation>
    </message>
    <message>
        <source>Autopilot: stopped after %1 pages; the wizard seems to loop.</source>
        <translation>Autopilot: %1 ページ進んだところで停止しました。ウィザードがループしているようです。</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Autopilot: stuck on &quot;%1&quot;: neither Next nor Finish can be pressed.</source>
        <translation>Autopilot: 「%1」から進めなくなりました。[次へ] も [完了] も押せません。</translation>
    </message>
    <message>
        <source>Autopilot: &quot;%1&quot; did not let the wizard move on.</source>
        <translation>Autopilot: 「%1」でウィザードを先に進められませんでした。</translation>
    </message>
    <message>
        <source>Autopilot: the wizard closed without being finished.</source>
        <translation>Autopilot: ウィザードが完了せずに閉じられました。</translation>
    </message>
    <message>
        <source>Autopilot: the wizard finished, but the license terms are not accepted.</source>
        <translation>Autopilot: ウィザードは完了しましたが、ライセンス条項に同意していません。</translation>
    </message>
    <message>
        <source>Acknowledged the warnings.</source>
        <translation>警告を確認しました。</translation>
    </message>
    <message>
        <source>Autopilot: &quot;%1&quot; did not succeed (see above).</source>
        <translation>Autopilot: 「%1」が成功しませんでした (上記を参照)。</translation>
    </message>
    <message>
        <source>Module %1: %2 (%3)</source>
        <translation>モジュール %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Autopilot: the wizard finished, but edgeAgent is not running on the device.</source>
        <translation>Autopilot: ウィザードは完了しましたが、デバイスで edgeAgent が実行されていません。</translation>
    </message>
</context>
<context>
    <name>ConnectMethodNames</name>
    <message>
        <source>Symmetric key (DPS)</source>
        <translation>対称キー (DPS)</translation>
    </message>
    <message>
        <source>Connection string (manual)</source>
        <translation>接続文字列 (手動)</translation>
    </message>
    <message>
        <source>X.509 certificate (DPS)</source>
        <translation>X.509 証明書 (DPS)</translation>
    </message>
    <message>
        <source>X.509 certificate (manual)</source>
        <translation>X.509 証明書 (手動)</translation>
    </message>
    <message>
        <source>TPM (DPS)</source>
        <translation>TPM (DPS)</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>DPS accepted the credentials of registration ID %1.
Assigned IoT hub: %2
Device ID: %3</source>
        <translation>DPS は登録 ID %1 の資格情報を受け入れました。
割り当てられた IoT Hub: %2
デバイス ID: %3</translation>
    </message>
    <message>
        <source>Provisioned: device %1 on %2</source>
        <translation>プロビジョニング済み: %2 上のデバイス %1</translation>
    </message>
    <message>
        <source>(ID assigned by DPS)</source>
        <translation>(DPS によって割り当てられる ID)</translation>
    </message>
    <message>
        <source>Provisioned: device %1; the IoT hub was not reported.</source>
        <translation>プロビジョニング済み: デバイス %1。IoT Hub は報告されませんでした。</translation>
    </message>
    <message>
        <source>Modules: %1</source>
        <translation>モジュール: %1</translation>
    </message>
    <message>
        <source>Provisioning was cancelled; the device is not provisioned.</source>
        <translation>プロビジョニングがキャンセルされました。デバイスはプロビジョニングされていません。</translation>
    </message>
    <message>
        <source>Provisioning failed: %1</source>
        <translation>プロビジョニングに失敗しました: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処法: %1</translation>
    </message>
    <message>
        <source>IoT Edge runtime log:</source>
        <translation>IoT Edge ランタイム ログ:</translation>
    </message>
    <message>
        <source>Provisioning output:</source>
        <translation>プロビジョニングの出力:</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>key file %1 does not exist</source>
        <translation>キー ファイル %1 が存在しません</translation>
    </message>
    <message>
        <source>cannot read key file %1: %2</source>
        <translation>キー ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the key on standard input is longer than 64 KiB; a key is a single short line</source>
        <translation>標準入力のキーが 64 KiB を超えています。キーは 1 行の短い文字列です</translation>
    </message>
</context>
<context>
    <name>DeployProgress</name>
    <message>
        <source>Starting the deployment</source>
        <translation>デプロイを開始しています</translation>
    </message>
    <message>
        <source>Creating the configuration</source>
        <translation>構成を作成しています</translation>
    </message>
    <message>
        <source>Enabling Microsoft Update</source>
        <translation>Microsoft Update を有効にしています</translation>
    </message>
    <message>
        <source>Preparing the host</source>
        <translation>ホストを準備しています</translation>
    </message>
    <message>
        <source>Checking the host for required features</source>
        <translation>ホストに必要な機能があるかを確認しています</translation>
    </message>
    <message>
        <source>Checking that Hyper-V works</source>
        <translation>Hyper-V が動作することを確認しています</translation>
    </message>
    <message>
        <source>Preparing the virtual disk</source>
        <translation>仮想ディスクを準備しています</translation>
    </message>
    <message>
        <source>Creating the virtual disk</source>
        <translation>仮想ディスクを作成しています</translation>
    </message>
    <message>
        <source>Creating the network interface</source>
        <translation>ネットワーク インターフェイスを作成しています</translation>
    </message>
    <message>
        <source>Creating the virtual machine</source>
        <translation>仮想マシンを作成しています</translation>
    </message>
    <message>
        <source>Virtual machine created</source>
        <translation>仮想マシンが作成されました</translation>
    </message>
    <message>
        <source>Finding the virtual machine&apos;s address</source>
        <translation>仮想マシンのアドレスを検索しています</translation>
    </message>
    <message>
        <source>Connected to the virtual machine</source>
        <translation>仮想マシンに接続しました</translation>
    </message>
    <message>
        <source>Deployment successful</source>
        <translation>デプロイに成功しました</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>デプロイに失敗しました</translation>
    </message>
</context>
<context>
    <name>DeriveKey</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: registration ID %3 repeats line %4 (DPS treats registration IDs case-insensitively, so both lines would be the same device)</source>
        <translation>%1:%2: 登録 ID %3 は %4 行目と重複しています (DPS は登録 ID の大文字と小文字を区別しないため、両方の行が同じデバイスになります)</translation>
    </message>
    <message>
        <source>Derives the device keys of a DPS group enrollment: base64(HMAC-SHA256(group key, registration ID)).
The group key is read from standard input (or --group-key-file), never from the command line.
Exit codes: 0 done, 2 wrong usage, 3 malformed key or ID, 4 file missing or unwritable.</source>
        <translation>DPS グループ登録のデバイス キーを派生します: base64(HMAC-SHA256(グループ キー, 登録 ID))。
グループ キーは標準入力 (または --group-key-file) から読み取られ、コマンド ラインからは読み取られません。
終了コード: 0 完了、2 使用方法の誤り、3 キーまたは ID の形式が不正、4 ファイルが存在しないか書き込めない。</translation>
    </message>
    <message>
        <source>Derive the key of this one registration ID.</source>
        <translation>この 1 つの登録 ID のキーを派生します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Derive keys for every registration ID in FILE (one per line); writes &quot;registrationId,derivedKey&quot; lines.</source>
        <translation>FILE 内のすべての登録 ID (1 行に 1 つ) のキーを派生し、&quot;registrationId,derivedKey&quot; 形式の行を書き込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the group key from the first line of FILE.</source>
        <translation>FILE の最初の行からグループ キーを読み取ります。</translation>
    </message>
    <message>
        <source>With --batch: write to FILE (replaced only when every line succeeded) instead of standard output.</source>
        <translation>--batch と併用: 標準出力の代わりに FILE に書き込みます (すべての行が成功した場合にのみ置き換えられます)。</translation>
    </message>
    <message>
        <source>derive-key: unexpected argument &quot;%1&quot; (see derive-key --help)</source>
        <translation>derive-key: 予期しない引数 &quot;%1&quot; です (derive-key --help を参照してください)</translation>
    </message>
    <message>
        <source>derive-key: give either --registration-id ID or --batch FILE</source>
        <translation>derive-key: --registration-id ID または --batch FILE のいずれかを指定してください</translation>
    </message>
    <message>
        <source>derive-key: --output goes with --batch</source>
        <translation>derive-key: --output は --batch と一緒に使用します</translation>
    </message>
    <message>
        <source>registration ID file %1 does not exist</source>
        <translation>登録 ID ファイル %1 が存在しません</translation>
    </message>
    <message>
        <source>cannot read registration ID file %1: %2</source>
        <translation>登録 ID ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Group key (input hidden): </source>
        <translation>グループ キー (入力は表示されません): </translation>
    </message>
    <message>
        <source>no group key on standard input (pipe it in, or use --group-key-file FILE)</source>
        <translation>標準入力にグループ キーがありません (パイプで渡すか、--group-key-file FILE を使用してください)</translation>
    </message>
    <message>
        <source>Group key is not valid base64.</source>
        <translation>グループ キーが有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>OpenSSL could not set up HMAC-SHA256</source>
        <translation>OpenSSL で HMAC-SHA256 を設定できませんでした</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>OpenSSL failed to compute HMAC-SHA256</source>
        <translation>OpenSSL で HMAC-SHA256 の計算に失敗しました</translation>
    </message>
    <message>
        <source>writing the derived keys failed</source>
        <translation>派生キーの書き込みに失敗しました</translation>
    </message>
    <message>
        <source>registration ID file %1 is a directory, not a file</source>
        <translation>登録 ID ファイル %1 はファイルではなくディレクトリです</translation>
    </message>
    <message>
        <source>%1:%2: the line is longer than %3 bytes; a registration ID has at most 128 characters</source>
        <translation>%1:%2: 行が %3 バイトを超えています。登録 ID は最大 128 文字です</translation>
    </message>
    <message>
        <source>%1: more than %2 registration IDs that can be read only once (a pipe), too many to check for repeats; give them as a regular file</source>
        <translation>%1: 一度しか読み取れない (パイプの) 登録 ID が %2 個を超えているため、重複を確認できません。通常のファイルとして指定してください</translation>
    </message>
</context>
<context>
    <name>Dps</name>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>DPS rejected the key for registration ID %1: the key does not match this registration ID. For a group enrollment use the derived device key, not the group key.</source>
        <translation>DPS は登録 ID %1 のキーを拒否しました。キーがこの登録 ID と一致しません。グループ登録では、グループ キーではなく派生デバイス キーを使用してください。</translation>
    </message>
    <message>
        <source>DPS at %1 does not know the ID scope %2: copy the ID scope from the Overview page of your Device Provisioning Service in the Azure portal.</source>
        <translation>%1 の DPS は ID スコープ %2 を認識していません。Azure portal で Device Provisioning Service の [概要] ページから ID スコープをコピーしてください。</translation>
    </message>
    <message>
        <source>DPS rejected the registration ID %1 as invalid: use letters, digits and - . _ : only, with a letter or digit at the start and end.</source>
        <translation>DPS は登録 ID %1 を無効として拒否しました。使用できるのは英字、数字、- . _ : のみで、先頭と末尾は英字か数字にする必要があります。</translation>
    </message>
    <message>
        <source>DPS rejected the registration request for %1 (%2): check the ID scope and registration ID.</source>
        <translation>DPS は %1 の登録要求を拒否しました (%2)。ID スコープと登録 ID を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>DPS kept throttling the requests over %n attempt(s): wait a few minutes, then try again.</source>
        <translation>
            <numerusform>DPS は %n 回の試行の間、要求を調整 (スロットリング) し続けました。数分待ってから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPS at %1 was not available (HTTP %2) over %n attempt(s): try again later, or check the Azure status page.</source>
        <translation>
            <numerusform>%1 の DPS は %n 回の試行の間、利用できませんでした (HTTP %2)。後でもう一度試すか、Azure の状態ページを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>DPS refused the registration of %1 with HTTP %2 (%3).</source>
        <translation>DPS は %1 の登録を HTTP %2 で拒否しました (%3)。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 is not trusted; for a private endpoint give its CA file.</source>
        <translation>%1 のサーバー証明書は信頼されていません。プライベート エンドポイントの場合は、その CA ファイルを指定してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for the name %1: check the endpoint address.</source>
        <translation>サーバー証明書は名前 %1 に対して有効ではありません。エンドポイントのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 has expired or is not valid yet: check this computer&apos;s date and time.</source>
        <translation>%1 のサーバー証明書は期限切れか、まだ有効になっていません。このコンピューターの日付と時刻を確認してください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: check the endpoint address, and the network and proxy.</source>
        <translation>%1 へのセキュリティで保護された接続に失敗しました。エンドポイントのアドレス、ネットワーク、プロキシを確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach %1: the name was not found. Check the network and proxy.</source>
        <translation>%1 に接続できません。名前が見つかりませんでした。ネットワークとプロキシを確認してください。</translation>
    </message>
    <message>
        <source>%1 closed the connection before DPS answered: check the network and proxy, then try again.</source>
        <translation>DPS が応答する前に %1 が接続を閉じました。ネットワークとプロキシを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot reach %1 through the proxy: check the proxy settings.</source>
        <translation>プロキシ経由で %1 に接続できません。プロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the network and proxy.</source>
        <translation>%1 が時間内に応答しませんでした。ネットワークとプロキシを確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach %1: check the network and proxy.</source>
        <translation>%1 に接続できません。ネットワークとプロキシを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>DPS at %1 did not finish the registration within %n second(s): check the network and proxy, then try again.</source>
        <translation>
            <numerusform>%1 の DPS は %n 秒以内に登録を完了しませんでした。ネットワークとプロキシを確認してから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s): check the network and proxy.</source>
        <translation>
            <numerusform>%1 は %n 秒以内に応答しませんでした。ネットワークとプロキシを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered, but not as a Device Provisioning Service does (HTTP %2): check the endpoint address; the details show what came back.</source>
        <translation>%1 は応答しましたが、Device Provisioning Service としての応答ではありません (HTTP %2)。エンドポイントのアドレスを確認してください。返された内容は詳細に表示されます。</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from the CA file %1: give the private endpoint&apos;s CA certificate in PEM format.</source>
        <translation>CA ファイル %1 から PEM 証明書を読み取れませんでした。プライベート エンドポイントの CA 証明書を PEM 形式で指定してください。</translation>
    </message>
    <message>
        <source>DPS assigned registration ID %1 to the IoT hub %2 as device %3.</source>
        <translation>DPS は登録 ID %1 を IoT Hub %2 にデバイス %3 として割り当てました。</translation>
    </message>
    <message>
        <source>DPS is still assigning registration ID %1: try again in a few seconds.</source>
        <translation>DPS は登録 ID %1 をまだ割り当て中です。数秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The enrollment for registration ID %1 is disabled in DPS: enable it in the Azure portal, then try again.</source>
        <translation>登録 ID %1 の登録は DPS で無効になっています。Azure portal で有効にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>DPS could not assign registration ID %1 (error code %2): check the enrollment&apos;s IoT hub link and allocation policy.</source>
        <translation>DPS は登録 ID %1 を割り当てられませんでした (エラー コード %2)。登録の IoT Hub のリンクと割り当てポリシーを確認してください。</translation>
    </message>
    <message>
        <source>DPS could not assign registration ID %1: %2 (error code %3).</source>
        <translation>DPS は登録 ID %1 を割り当てられませんでした: %2 (エラー コード %3)。</translation>
    </message>
    <message>
        <source>DPS did not assign registration ID %1 to an IoT hub: check that the enrollment has a linked IoT hub and an allocation policy.</source>
        <translation>DPS は登録 ID %1 を IoT Hub に割り当てませんでした。登録に IoT Hub がリンクされ、割り当てポリシーが設定されていることを確認してください。</translation>
    </message>
    <message>
        <source>The registration of %1 was cancelled.</source>
        <translation>%1 の登録はキャンセルされました。</translation>
    </message>
    <message>
        <source>The DPS request was cancelled.</source>
        <translation>DPS への要求はキャンセルされました。</translation>
    </message>
    <message>
        <source>Saved the individual enrollment %1.</source>
        <translation>個別登録 %1 を保存しました。</translation>
    </message>
    <message>
        <source>Read the individual enrollment %1.</source>
        <translation>個別登録 %1 を読み取りました。</translation>
    </message>
    <message>
        <source>Deleted the individual enrollment %1.</source>
        <translation>個別登録 %1 を削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Read %n individual enrollment(s).</source>
        <translation>
            <numerusform>%n 件の個別登録を読み取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the enrollment group %1.</source>
        <translation>登録グループ %1 を保存しました。</translation>
    </message>
    <message>
        <source>Read the enrollment group %1.</source>
        <translation>登録グループ %1 を読み取りました。</translation>
    </message>
    <message>
        <source>Deleted the enrollment group %1.</source>
        <translation>登録グループ %1 を削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Read %n enrollment group(s).</source>
        <translation>
            <numerusform>%n 件の登録グループを読み取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the registration record %1.</source>
        <translation>登録レコード %1 を読み取りました。</translation>
    </message>
    <message>
        <source>Deleted the registration record %1.</source>
        <translation>登録レコード %1 を削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Read %n registration record(s) of the enrollment group %1.</source>
        <translation>
            <numerusform>登録グループ %1 の登録レコードを %n 件読み取りました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPS accepted all %n item(s) of the bulk operation.</source>
        <translation>
            <numerusform>DPS は一括操作の %n 件の項目をすべて受け付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPS rejected %1 of %n item(s) of the bulk operation; the list shows why.</source>
        <translation>
            <numerusform>DPS は一括操作の %n 件の項目のうち %1 件を拒否しました。理由は一覧に表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The port in the HostName %1 is not between 1 and 65535.</source>
        <translation>HostName %1 のポートが 1 から 65535 の範囲にありません。</translation>
    </message>
    <message>
        <source>The SharedAccessKey is not base64.</source>
        <translation>SharedAccessKey が base64 ではありません。</translation>
    </message>
    <message>
        <source>No DPS service api-version was given.</source>
        <translation>DPS サービスの api-version が指定されていません。</translation>
    </message>
    <message>
        <source>No bulk operation mode was given.</source>
        <translation>一括操作のモードが指定されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Read page %1 from DPS (%n item(s) so far).</source>
        <translation>
            <numerusform>DPS からページ %1 を読み取りました (これまでに %n 件)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DPS took %1 of %2 bulk item(s); %n rejected so far.</source>
        <translation>
            <numerusform>DPS は一括操作の項目 %2 件中 %1 件を受け付けました。これまでに %n 件が拒否されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>DPS at %1 refused the request: the service connection string&apos;s key or policy is wrong. Copy the connection string of a shared access policy of the DPS again.</source>
        <translation>%1 の DPS が要求を拒否しました。サービス接続文字列のキーまたはポリシーが正しくありません。DPS の共有アクセス ポリシーの接続文字列をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The shared access policy %1 may not do this at %2: use a policy with the enrollment and registration permissions, such as provisioningserviceowner.</source>
        <translation>共有アクセス ポリシー %1 には、%2 でこの操作を行う権限がありません。provisioningserviceowner など、登録と登録状態の権限を持つポリシーを使用してください。</translation>
    </message>
    <message>
        <source>DPS at %1 has no enrollment %2.</source>
        <translation>%1 の DPS に登録 %2 はありません。</translation>
    </message>
    <message>
        <source>DPS at %1 has no enrollment group %2.</source>
        <translation>%1 の DPS に登録グループ %2 はありません。</translation>
    </message>
    <message>
        <source>DPS at %1 has no registration record %2.</source>
        <translation>%1 の DPS に登録レコード %2 はありません。</translation>
    </message>
    <message>
        <source>%1 answered &quot;not found&quot;: check that HostName names your Device Provisioning Service.</source>
        <translation>%1 は「見つかりません」と応答しました。HostName がお使いの Device Provisioning Service を指定していることを確認してください。</translation>
    </message>
    <message>
        <source>The enrollment group %1 changed since it was read (etag mismatch): reload and retry.</source>
        <translation>登録グループ %1 は読み取り後に変更されました (etag の不一致)。再読み込みしてから再試行してください。</translation>
    </message>
    <message>
        <source>The registration record %1 changed since it was read (etag mismatch): reload and retry.</source>
        <translation>登録レコード %1 は読み取り後に変更されました (etag の不一致)。再読み込みしてから再試行してください。</translation>
    </message>
    <message>
        <source>The enrollment %1 changed since it was read (etag mismatch): reload and retry.</source>
        <translation>登録 %1 は読み取り後に変更されました (etag の不一致)。再読み込みしてから再試行してください。</translation>
    </message>
    <message>
        <source>DPS rejected the request: %1</source>
        <translation>DPS が要求を拒否しました: %1</translation>
    </message>
    <message>
        <source>DPS refused the request with HTTP %1 (%2).</source>
        <translation>DPS は要求を HTTP %1 で拒否しました (%2)。</translation>
    </message>
    <message numerus="yes">
        <source>DPS at %1 did not finish the request within %n second(s): check the network and proxy, then try again.</source>
        <translation>
            <numerusform>%1 の DPS は %n 秒以内に要求を完了しませんでした。ネットワークとプロキシを確認してから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>文字列の配列</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (%3).</source>
        <translation>%1: 「%2」は日付と時刻ではありません (%3)。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: 「%2」は %3 のいずれでもありません。</translation>
    </message>
    <message>
        <source>%1 should be %2, but it is %3.</source>
        <translation>%1 は%2である必要がありますが、%3です。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 がありません。</translation>
    </message>
    <message>
        <source>Give both the primary and the secondary key, or neither to let DPS generate them.</source>
        <translation>主キーとセカンダリ キーの両方を指定するか、DPS に生成させる場合はどちらも指定しないでください。</translation>
    </message>
    <message>
        <source>The initial twin must be a JSON object such as {&quot;tags&quot;:{…},&quot;properties&quot;:{&quot;desired&quot;:{…}}}, but it is %1.</source>
        <translation>初期ツインは {&quot;tags&quot;:{…},&quot;properties&quot;:{&quot;desired&quot;:{…}}} のような JSON オブジェクトである必要がありますが、%1です。</translation>
    </message>
    <message>
        <source>The initial twin may only contain &quot;tags&quot; and &quot;properties&quot;, not &quot;%1&quot;.</source>
        <translation>初期ツインに含めることができるのは &quot;tags&quot; と &quot;properties&quot; だけです。&quot;%1&quot; は含められません。</translation>
    </message>
    <message>
        <source>The initial twin&apos;s &quot;tags&quot; must be a JSON object, but it is %1.</source>
        <translation>初期ツインの &quot;tags&quot; は JSON オブジェクトである必要がありますが、%1です。</translation>
    </message>
    <message>
        <source>The initial twin&apos;s &quot;properties&quot; must be a JSON object with &quot;desired&quot;, but it is %1.</source>
        <translation>初期ツインの &quot;properties&quot; は &quot;desired&quot; を含む JSON オブジェクトである必要がありますが、%1です。</translation>
    </message>
    <message>
        <source>The initial twin&apos;s &quot;properties.desired&quot; must be a JSON object, but it is %1.</source>
        <translation>初期ツインの &quot;properties.desired&quot; は JSON オブジェクトである必要がありますが、%1です。</translation>
    </message>
    <message>
        <source>The initial twin is not valid JSON (%1 near character %2).</source>
        <translation>初期ツインが有効な JSON ではありません (%2 文字目付近: %1)。</translation>
    </message>
    <message>
        <source>%1 sent response headers larger than %2 KiB, far more than DPS ever sends, so the answer was refused: check the endpoint address and the proxy.</source>
        <translation>%1 が %2 KiB を超える応答ヘッダーを送信しました。DPS が送信するサイズをはるかに超えるため、応答を拒否しました。エンドポイントのアドレスとプロキシを確認してください。</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 KiB, far more than DPS ever sends, so it was refused: check the endpoint address and the proxy.</source>
        <translation>%1 が %2 KiB を超える応答を送信しました。DPS が送信するサイズをはるかに超えるため、応答を拒否しました。エンドポイントのアドレスとプロキシを確認してください。</translation>
    </message>
    <message>
        <source>The request to DPS failed (%1); retry %2 of %3 in %4 s</source>
        <translation>DPS への要求に失敗しました (%1)。%4 秒後に再試行します (%2/%3 回目)</translation>
    </message>
    <message>
        <source>DPS answered HTTP %1; retry %2 of %3 in %4 s</source>
        <translation>DPS から HTTP %1 が返されました。%4 秒後に再試行します (%2/%3 回目)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>The request header %1 holds a line break; it was not sent.</source>
        <translation>要求ヘッダー %1 に改行が含まれているため、送信しませんでした。</translation>
    </message>
    <message>
        <source>To check in the Azure portal: open the Device Provisioning Service, Manage enrollments, the enrollment group %1, and its Registration Records tab; %2 should be listed as assigned.</source>
        <translation>Azure portal で確認するには: Device Provisioning Service を開き、[登録の管理]、登録グループ %1、その [登録レコード] タブの順に開きます。%2 が割り当て済み (assigned) として表示されているはずです。</translation>
    </message>
    <message>
        <source>To check in the Azure portal: open the Device Provisioning Service, Manage enrollments, Individual enrollments, and %1; its registration status should be assigned, with the device ID and the IoT hub.</source>
        <translation>Azure portal で確認するには: Device Provisioning Service を開き、[登録の管理]、[個別登録]、%1 の順に開きます。登録状態が割り当て済み (assigned) で、デバイス ID と IoT Hub が表示されているはずです。</translation>
    </message>
    <message>
        <source>%1 (enrollment group %2)</source>
        <extracomment>%1 the registration ID, %2 the enrollment group</extracomment>
        <translation>%1 (登録グループ %2)</translation>
    </message>
    <message>
        <source>DPS: enrollment %1 is assigned to %2 as %3.</source>
        <extracomment>%1 the enrollment, %2 the IoT hub host name, %3 the device ID</extracomment>
        <translation>DPS: 登録 %1 は %2 に %3 として割り当てられています。</translation>
    </message>
    <message>
        <source>DPS has no registration record for %1: the device has not registered with this Device Provisioning Service.</source>
        <translation>DPS に %1 の登録レコードがありません。デバイスはこの Device Provisioning Service に登録されていません。</translation>
    </message>
    <message>
        <source>DPS: enrollment %1 is %2, not assigned: %3</source>
        <translation>DPS: 登録 %1 は %2 で、割り当てられていません: %3</translation>
    </message>
    <message>
        <source>DPS: enrollment %1 is %2, not assigned.</source>
        <translation>DPS: 登録 %1 は %2 で、割り当てられていません。</translation>
    </message>
    <message>
        <source>DPS could not be asked about %1: %2</source>
        <translation>%1 について DPS に問い合わせできませんでした: %2</translation>
    </message>
    <message>
        <source>The check with DPS was cancelled.</source>
        <translation>DPS での確認はキャンセルされました。</translation>
    </message>
    <message>
        <source>DPS already has an enrollment group %1: choose another group ID, or open the existing group.</source>
        <translation>DPS には既に登録グループ %1 があります。別のグループ ID を選択するか、既存のグループを開いてください。</translation>
    </message>
    <message>
        <source>DPS already has an enrollment %1: choose another registration ID, or open the existing enrollment.</source>
        <translation>DPS には既に登録 %1 があります。別の登録 ID を選択するか、既存の登録を開いてください。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>%1 行、%2 列: %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice: DPS would keep only one of the two values.</source>
        <translation>「%1」が 2 回出現しています。DPS は 2 つの値のうち 1 つしか保持しません。</translation>
    </message>
    <message>
        <source>Cannot reach %1: the proxy asks for a user name and password, or refused the ones given (HTTP 407). Set them in the proxy settings (eflow-wizard proxy set).</source>
        <translation>%1 に接続できません。プロキシがユーザー名とパスワードを要求しているか、指定されたものを拒否しました (HTTP 407)。プロキシ設定で指定してください (eflow-wizard proxy set)。</translation>
    </message>
    <message>
        <source>Cannot reach %1: the proxy itself cannot be reached (refused, or its name was not found). Check its address and port in the proxy settings.</source>
        <translation>%1 に接続できません。プロキシ自体に接続できません (接続が拒否されたか、名前が見つかりませんでした)。プロキシ設定でアドレスとポートを確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach %1 through the proxy: the proxy broke off the connection. Check the proxy settings, and the proxy user&apos;s password if it needs one.</source>
        <translation>プロキシ経由で %1 に接続できません。プロキシが接続を切断しました。プロキシ設定と、必要な場合はプロキシ ユーザーのパスワードを確認してください。</translation>
    </message>
    <message>
        <source>The proxy address is empty: type it as http://HOST:PORT.</source>
        <translation>プロキシのアドレスが空です。http://HOST:PORT の形式で入力してください。</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; is not a URL: type it as http://HOST:PORT.</source>
        <translation>プロキシのアドレス &quot;%1&quot; は URL ではありません。http://HOST:PORT の形式で入力してください。</translation>
    </message>
    <message>
        <source>The proxy address must start with http:// (an HTTP proxy that tunnels HTTPS with CONNECT), not %1://.</source>
        <translation>プロキシのアドレスは %1:// ではなく http:// で始まる必要があります (HTTPS を CONNECT でトンネリングする HTTP プロキシ)。</translation>
    </message>
    <message>
        <source>The proxy address holds a password: leave it out; the password is asked for separately and kept in the system keychain.</source>
        <translation>プロキシのアドレスにパスワードが含まれています。パスワードは含めないでください。パスワードは別に入力を求められ、システム キーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; has a path: give only http://HOST:PORT.</source>
        <translation>プロキシのアドレス &quot;%1&quot; にパスが含まれています。http://HOST:PORT のみを指定してください。</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; has a query or fragment: give only http://HOST:PORT.</source>
        <translation>プロキシのアドレス &quot;%1&quot; にクエリまたはフラグメントが含まれています。http://HOST:PORT のみを指定してください。</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; has no valid host name.</source>
        <translation>プロキシのアドレス &quot;%1&quot; に有効なホスト名がありません。</translation>
    </message>
    <message>
        <source>The proxy address &quot;%1&quot; needs a port from 1 to 65535, such as :3128.</source>
        <translation>プロキシのアドレス &quot;%1&quot; には 1 から 65535 までのポートが必要です (例: :3128)。</translation>
    </message>
    <message>
        <source>The saved proxy cannot be used, so the system&apos;s proxy is used instead: %1</source>
        <translation>保存されたプロキシを使用できないため、代わりにシステムのプロキシを使用します: %1</translation>
    </message>
    <message>
        <source>The password of proxy user %1 could not be read from the keychain: %2</source>
        <translation>プロキシ ユーザー %1 のパスワードをキーチェーンから読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>DpsAnswerText</name>
    <message>
        <source>Someone else changed the enrollment group %1 after it was read here, so DPS kept their version and did not save yours. Reload to see it, then make your changes again.</source>
        <translation>登録グループ %1 は、ここで読み取られた後に他のユーザーによって変更されたため、DPS はそのユーザーの版を保持し、あなたの変更は保存しませんでした。再読み込みして内容を確認してから、もう一度変更してください。</translation>
    </message>
    <message>
        <source>Someone else changed the enrollment %1 after it was read here, so DPS kept their version and did not save yours. Reload to see it, then make your changes again.</source>
        <translation>登録 %1 は、ここで読み取られた後に他のユーザーによって変更されたため、DPS はそのユーザーの版を保持し、あなたの変更は保存しませんでした。再読み込みして内容を確認してから、もう一度変更してください。</translation>
    </message>
</context>
<context>
    <name>DpsCommand</name>
    <message>
        <source>assigned: registration ID %1 → device %2 on IoT hub %3</source>
        <translation>割り当て済み: 登録 ID %1 → IoT Hub %3 のデバイス %2</translation>
    </message>
    <message>
        <source>  substatus: %1</source>
        <translation>  サブステータス: %1</translation>
    </message>
    <message>
        <source>  enrollment group: %1</source>
        <translation>  登録グループ: %1</translation>
    </message>
    <message>
        <source>  last updated: %1</source>
        <translation>  最終更新日時: %1</translation>
    </message>
    <message>
        <source>Tests DPS credentials with the device API, the way the IoT Edge runtime will use them.
  register  registers the device (PUT …/register, then polls until DPS decides)
  status    asks DPS what it knows about the registration (no new registration)
The key is read from standard input or --key-file, never from the command line.
Exit codes: 0 assigned, 1 DPS answered otherwise or could not be reached, 2 wrong usage,
3 malformed scope, ID or key, 4 a file is missing.</source>
        <translation>IoT Edge ランタイムと同じ方法で、デバイス API を使用して DPS の資格情報をテストします。
  register  デバイスを登録します (PUT …/register の後、DPS が決定するまでポーリングします)
  status    登録について DPS が把握している情報を問い合わせます (新しい登録は行いません)
キーは標準入力または --key-file から読み取り、コマンド ラインからは決して読み取りません。
終了コード: 0 割り当て済み、1 DPS が別の応答を返したか DPS に接続できなかった、2 使用方法の誤り、
3 スコープ、ID、またはキーの形式が不正、4 ファイルが見つからない。</translation>
    </message>
    <message>
        <source>register or status</source>
        <translation>register または status</translation>
    </message>
    <message>
        <source>DPS ID scope, e.g. 0ne00000A0A.</source>
        <translation>DPS の ID スコープ (例: 0ne00000A0A)。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>The device&apos;s registration ID.</source>
        <translation>デバイスの登録 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the key from the first line of FILE.</source>
        <translation>FILE の 1 行目からキーを読み取ります。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The key is an enrollment group&apos;s key: derive this device&apos;s key from it first.</source>
        <translation>キーは登録グループのキーです。先にこのデバイスのキーをそこから派生させます。</translation>
    </message>
    <message>
        <source>DPS device endpoint (default https://global.azure-devices-provisioning.net).</source>
        <translation>DPS のデバイス エンドポイント (既定値 https://global.azure-devices-provisioning.net)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (private endpoints, the local DPS).</source>
        <translation>この PEM ファイル内の CA 証明書も信頼します (プライベート エンドポイント、ローカル DPS)。</translation>
    </message>
    <message>
        <source>DPS api-version (default 2021-06-01).</source>
        <translation>DPS の api-version (既定値 2021-06-01)。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 120).</source>
        <translation>この秒数が経過したら中止します (既定値 120)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Print each step and the technical details of a failure.</source>
        <translation>各ステップと、失敗時の技術的な詳細を出力します。</translation>
    </message>
    <message>
        <source>dps: say &quot;register&quot; or &quot;status&quot; (see dps --help)</source>
        <translation>dps: &quot;register&quot; または &quot;status&quot; を指定してください (dps --help を参照)</translation>
    </message>
    <message>
        <source>dps %1: --scope and --registration-id are required</source>
        <translation>dps %1: --scope と --registration-id は必須です</translation>
    </message>
    <message>
        <source>--global-endpoint must be an https:// URL, e.g. https://global.azure-devices-provisioning.net</source>
        <translation>--global-endpoint には https:// の URL を指定してください (例: https://global.azure-devices-provisioning.net)</translation>
    </message>
    <message>
        <source>CA file %1 does not exist</source>
        <translation>CA ファイル %1 が存在しません</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation>--timeout には 1 から 3600 までの秒数を指定してください</translation>
    </message>
    <message>
        <source>Group key (input hidden): </source>
        <translation>グループ キー (入力は表示されません): </translation>
    </message>
    <message>
        <source>Device key (input hidden): </source>
        <translation>デバイス キー (入力は表示されません): </translation>
    </message>
    <message>
        <source>no key on standard input (pipe it in, or use --key-file FILE)</source>
        <translation>標準入力にキーがありません (パイプで渡すか、--key-file FILE を使用してください)</translation>
    </message>
    <message>
        <source>The key is not valid base64.</source>
        <translation>キーが有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the device key</source>
        <translation>OpenSSL でデバイス キーを派生できませんでした</translation>
    </message>
    <message>
        <source>the DPS client is busy</source>
        <translation>DPS クライアントはビジー状態です</translation>
    </message>
    <message>
        <source>CA file %1 cannot be read: %2</source>
        <translation>CA ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <extracomment>hours, then minutes: &quot;1 hour 3 minutes&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>minutes and seconds</comment>
        <extracomment>minutes, then seconds: &quot;2 minutes 5 seconds&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>EflowErrorCatalog</name>
    <message>
        <source>The command failed with a message the wizard does not recognise.</source>
        <translation>コマンドが、ウィザードで認識できないメッセージを出して失敗しました。</translation>
    </message>
    <message>
        <source>Read the message below; save the logs (they include Get-EflowLogs) and contact support if it does not say what to do.</source>
        <translation>以下のメッセージを確認してください。対処方法が示されていない場合は、ログ (Get-EflowLogs を含みます) を保存してサポートに問い合わせてください。</translation>
    </message>
    <message>
        <source>The AzureEFLOW commands were run without administrator rights.</source>
        <translation>AzureEFLOW コマンドが管理者権限なしで実行されました。</translation>
    </message>
    <message>
        <source>Run the wizard (or the remote PowerShell session) as an administrator and try again.</source>
        <translation>ウィザード (またはリモート PowerShell セッション) を管理者として実行し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The AzureEFLOW module was run in PowerShell 7, which it does not support.</source>
        <translation>AzureEFLOW モジュールが、サポートされていない PowerShell 7 で実行されました。</translation>
    </message>
    <message>
        <source>Use Windows PowerShell 5.1 (powershell.exe) and start the deployment again.</source>
        <translation>Windows PowerShell 5.1 (powershell.exe) を使用して、デプロイをもう一度開始してください。</translation>
    </message>
    <message>
        <source>A file of the AzureEFLOW module failed its signature check; the Microsoft root or code-signing certificates are probably missing on this host.</source>
        <translation>AzureEFLOW モジュールのファイルが署名の確認に失敗しました。このホストに Microsoft のルート証明書またはコード署名証明書がない可能性があります。</translation>
    </message>
    <message>
        <source>Install the latest Windows updates (they bring the Microsoft root certificates), set the execution policy to AllSigned, and try again.</source>
        <translation>最新の Windows 更新プログラムをインストールし (Microsoft のルート証明書が含まれます)、実行ポリシーを AllSigned に設定してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This Windows edition or build is not supported by EFLOW.</source>
        <translation>この Windows のエディションまたはビルドは EFLOW でサポートされていません。</translation>
    </message>
    <message>
        <source>Use Windows 10/11 Pro, Enterprise or IoT Enterprise (build 17763 or later) or Windows Server 2019/2022 with current updates.</source>
        <translation>Windows 10/11 Pro、Enterprise、IoT Enterprise (ビルド 17763 以降)、または最新の更新プログラムを適用した Windows Server 2019/2022 を使用してください。</translation>
    </message>
    <message>
        <source>The Host Network Service on this host is older than version 9.2, which EFLOW needs.</source>
        <translation>このホストの Host Network Service は、EFLOW に必要なバージョン 9.2 より古いバージョンです。</translation>
    </message>
    <message>
        <source>Install the latest cumulative Windows updates (build 17763 needs them), restart, and try again.</source>
        <translation>最新の Windows 累積更新プログラムをインストールし (ビルド 17763 では必須です)、再起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Hyper-V, its PowerShell module or the OpenSSH client could not be installed automatically.</source>
        <translation>Hyper-V、その PowerShell モジュール、または OpenSSH クライアントを自動でインストールできませんでした。</translation>
    </message>
    <message>
        <source>Install Hyper-V, the Hyper-V Management PowerShell and the OpenSSH client manually, restart the host, and deploy again.</source>
        <translation>Hyper-V、Hyper-V Management PowerShell、OpenSSH クライアントを手動でインストールし、ホストを再起動してから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>This Windows edition does not include Hyper-V, which EFLOW needs.</source>
        <translation>この Windows エディションには、EFLOW に必要な Hyper-V が含まれていません。</translation>
    </message>
    <message>
        <source>Use a Pro, Enterprise, IoT Enterprise or Server edition; on Windows Server install the Hyper-V role; on a virtual machine choose a size with nested virtualization.</source>
        <translation>Pro、Enterprise、IoT Enterprise、または Server エディションを使用してください。Windows Server では Hyper-V の役割をインストールし、仮想マシン上では入れ子になった仮想化に対応したサイズを選択してください。</translation>
    </message>
    <message>
        <source>A Windows feature EFLOW needs could not be enabled.</source>
        <translation>EFLOW に必要な Windows の機能を有効にできませんでした。</translation>
    </message>
    <message>
        <source>Enable Hyper-V (and on Windows Server the Hyper-V role) manually, restart the host, and deploy again.</source>
        <translation>Hyper-V (Windows Server では Hyper-V の役割) を手動で有効にし、ホストを再起動してから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>Hardware virtualization is turned off in the firmware (BIOS/UEFI).</source>
        <translation>ファームウェア (BIOS/UEFI) でハードウェア仮想化が無効になっています。</translation>
    </message>
    <message>
        <source>Enable Intel VT-x or AMD-V in the firmware settings, restart, and try again.</source>
        <translation>ファームウェアの設定で Intel VT-x または AMD-V を有効にし、再起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Hyper-V is installed but the hypervisor is not running.</source>
        <translation>Hyper-V はインストールされていますが、ハイパーバイザーが実行されていません。</translation>
    </message>
    <message>
        <source>Restart the host after enabling Hyper-V; in a virtual machine, enable nested virtualization on the outer host.</source>
        <translation>Hyper-V を有効にした後でホストを再起動してください。仮想マシン内の場合は、外側のホストで入れ子になった仮想化を有効にしてください。</translation>
    </message>
    <message>
        <source>The Hyper-V services (vmms, vmcompute, hvhost) are not running.</source>
        <translation>Hyper-V サービス (vmms、vmcompute、hvhost) が実行されていません。</translation>
    </message>
    <message>
        <source>Start the services (Start-Service vmms, vmcompute, hvhost) or restart the host, then try again.</source>
        <translation>サービスを開始する (Start-Service vmms, vmcompute, hvhost) か、ホストを再起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Hyper-V could not add a network adapter to the virtual machine, usually because of a firewall or security policy.</source>
        <translation>Hyper-V が仮想マシンにネットワーク アダプターを追加できませんでした。通常、ファイアウォールまたはセキュリティ ポリシーが原因です。</translation>
    </message>
    <message>
        <source>Check the firewall and security policies on the host (ports 45000 and 45001 are reported to help), then deploy again.</source>
        <translation>ホストのファイアウォールとセキュリティ ポリシーを確認してから (ポート 45000 と 45001 で解決したという報告があります)、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>The WSSDAgent service that manages the EFLOW virtual machine is not installed.</source>
        <translation>EFLOW 仮想マシンを管理する WSSDAgent サービスがインストールされていません。</translation>
    </message>
    <message>
        <source>Uninstall Azure IoT Edge, install the MSI again, and deploy again.</source>
        <translation>Azure IoT Edge をアンインストールし、MSI をもう一度インストールしてから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>The WSSDAgent certificate has expired (it is valid for one year after installation).</source>
        <translation>WSSDAgent の証明書の有効期限が切れています (有効期間はインストール後 1 年間です)。</translation>
    </message>
    <message>
        <source>Renew it with the updateWssdCert.ps1 script from the eflow-util folder of Azure/iotedge-eflow, then try again.</source>
        <translation>Azure/iotedge-eflow の eflow-util フォルダーにある updateWssdCert.ps1 スクリプトで証明書を更新してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The virtual machine configuration files of the installation are missing.</source>
        <translation>インストールの仮想マシン構成ファイルが見つかりません。</translation>
    </message>
    <message>
        <source>WSSDAgent does not know the EFLOW virtual machine.</source>
        <translation>WSSDAgent が EFLOW 仮想マシンを認識していません。</translation>
    </message>
    <message>
        <source>Restart the WSSDAgent service; if the virtual machine is gone, reinstall Azure IoT Edge and deploy again.</source>
        <translation>WSSDAgent サービスを再起動してください。仮想マシンが存在しない場合は、Azure IoT Edge を再インストールして、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>The host does not have enough free memory for the virtual machine.</source>
        <translation>ホストに、仮想マシン用の十分な空きメモリがありません。</translation>
    </message>
    <message>
        <source>Close other applications or choose less memory for the virtual machine, then deploy again.</source>
        <translation>他のアプリケーションを閉じるか、仮想マシンのメモリを減らしてから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>More processor cores were requested than the host has.</source>
        <translation>ホストにあるよりも多くのプロセッサ コアが要求されました。</translation>
    </message>
    <message>
        <source>Choose fewer cores for the virtual machine, then deploy again.</source>
        <translation>仮想マシンのコア数を減らしてから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>The drive for the virtual disk does not have enough free space.</source>
        <translation>仮想ディスク用のドライブに十分な空き領域がありません。</translation>
    </message>
    <message>
        <source>Free space on the drive, choose a smaller disk, or choose another VHDX folder, then deploy again.</source>
        <translation>ドライブの空き領域を増やすか、より小さいディスクを選択するか、別の VHDX フォルダーを選択してから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>An EFLOW virtual machine already exists on this host.</source>
        <translation>このホストには EFLOW 仮想マシンが既に存在します。</translation>
    </message>
    <message>
        <source>Use the existing virtual machine, or uninstall Azure IoT Edge and install it again before a new deployment.</source>
        <translation>既存の仮想マシンを使用するか、新しくデプロイする前に Azure IoT Edge をアンインストールして再インストールしてください。</translation>
    </message>
    <message>
        <source>The virtual disk of the virtual machine could not be created.</source>
        <translation>仮想マシンの仮想ディスクを作成できませんでした。</translation>
    </message>
    <message>
        <source>Check free space and permissions of the VHDX folder, reinstall Azure IoT Edge, and deploy again.</source>
        <translation>VHDX フォルダーの空き領域とアクセス許可を確認し、Azure IoT Edge を再インストールしてから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>No usable virtual switch could be set up.</source>
        <translation>使用可能な仮想スイッチを設定できませんでした。</translation>
    </message>
    <message>
        <source>Create an Internal or External virtual switch (on Windows Server there is no Default Switch) and choose it in Settings.</source>
        <translation>内部または外部の仮想スイッチを作成し (Windows Server には Default Switch がありません)、[設定] で選択してください。</translation>
    </message>
    <message>
        <source>This type of virtual switch cannot be used on this edition of Windows.</source>
        <translation>この種類の仮想スイッチは、このエディションの Windows では使用できません。</translation>
    </message>
    <message>
        <source>On Windows 10/11 use the Default Switch or an External switch; on Windows Server use an Internal or External switch.</source>
        <translation>Windows 10/11 では Default Switch または外部スイッチを、Windows Server では内部スイッチまたは外部スイッチを使用してください。</translation>
    </message>
    <message>
        <source>The chosen virtual switch does not exist with that name and type.</source>
        <translation>選択した仮想スイッチは、その名前と種類では存在しません。</translation>
    </message>
    <message>
        <source>Pick an existing switch (Get-VMSwitch lists them) or create it, and check that Internal/External matches.</source>
        <translation>既存のスイッチを選択する (Get-VMSwitch で一覧表示できます) か、スイッチを作成してください。また、内部/外部の種類が一致していることを確認してください。</translation>
    </message>
    <message>
        <source>Several virtual switches have the chosen name.</source>
        <translation>選択した名前の仮想スイッチが複数あります。</translation>
    </message>
    <message>
        <source>Rename or remove the duplicate switches so the name is unique, then deploy again.</source>
        <translation>名前が一意になるように重複するスイッチの名前を変更するか削除してから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>A static IP address cannot be used with the Default Switch.</source>
        <translation>Default Switch では静的 IP アドレスを使用できません。</translation>
    </message>
    <message>
        <source>Use DHCP with the Default Switch, or choose another switch for a static address.</source>
        <translation>Default Switch では DHCP を使用してください。静的アドレスを使用する場合は別のスイッチを選択してください。</translation>
    </message>
    <message>
        <source>A static IP address was given without all of its settings.</source>
        <translation>静的 IP アドレスが、必要な設定の一部が欠けた状態で指定されました。</translation>
    </message>
    <message>
        <source>Enter the IP address, the prefix length and the gateway together, or use DHCP.</source>
        <translation>IP アドレス、プレフィックス長、ゲートウェイをまとめて入力するか、DHCP を使用してください。</translation>
    </message>
    <message>
        <source>The network between the host and the virtual machine is missing.</source>
        <translation>ホストと仮想マシンの間のネットワークがありません。</translation>
    </message>
    <message>
        <source>Check that the virtual switch still exists and has a host adapter, then try again.</source>
        <translation>仮想スイッチがまだ存在し、ホスト アダプターがあることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The virtual machine did not get an IP address: there is no DHCP server on the switch or the static address is wrong.</source>
        <translation>仮想マシンが IP アドレスを取得できませんでした。スイッチに DHCP サーバーがないか、静的アドレスが正しくありません。</translation>
    </message>
    <message>
        <source>Use a switch with DHCP, or enter a free static IP address, prefix length and gateway of that network.</source>
        <translation>DHCP が使用できるスイッチを使用するか、そのネットワークの空いている静的 IP アドレス、プレフィックス長、ゲートウェイを入力してください。</translation>
    </message>
    <message>
        <source>A DNS server address is not a valid IPv4 address.</source>
        <translation>DNS サーバーのアドレスが有効な IPv4 アドレスではありません。</translation>
    </message>
    <message>
        <source>Enter the DNS servers as IPv4 addresses, for example 10.0.10.1.</source>
        <translation>DNS サーバーは IPv4 アドレスで入力してください (例: 10.0.10.1)。</translation>
    </message>
    <message>
        <source>This GPU cannot be used with Direct Device Assignment; EFLOW supports only NVIDIA Tesla T4 and A2 for it.</source>
        <translation>この GPU は Direct Device Assignment では使用できません。EFLOW がこの方式でサポートしているのは NVIDIA Tesla T4 と A2 のみです。</translation>
    </message>
    <message>
        <source>Choose GPU Paravirtualization or no GPU, or use a supported GPU.</source>
        <translation>GPU 準仮想化または GPU なしを選択するか、サポートされている GPU を使用してください。</translation>
    </message>
    <message>
        <source>The GPU settings do not fit together (passthrough type and GPU count).</source>
        <translation>GPU の設定 (パススルーの種類と GPU の数) が一致していません。</translation>
    </message>
    <message>
        <source>With a passthrough type choose at least one GPU (exactly one for Paravirtualization); without one, choose none.</source>
        <translation>パススルーの種類を選択した場合は 1 つ以上の GPU (準仮想化の場合はちょうど 1 つ) を選択し、選択しない場合は GPU なしにしてください。</translation>
    </message>
    <message>
        <source>This host does not support the chosen GPU passthrough type.</source>
        <translation>このホストは、選択した GPU パススルーの種類をサポートしていません。</translation>
    </message>
    <message>
        <source>Choose the other passthrough type or no GPU.</source>
        <translation>もう一方のパススルーの種類を選択するか、GPU なしを選択してください。</translation>
    </message>
    <message>
        <source>The requested GPU is not available on this host, or not in that number.</source>
        <translation>要求された GPU がこのホストで使用できないか、その数だけありません。</translation>
    </message>
    <message>
        <source>Pick the GPU name exactly as the host lists it and no more GPUs than it has.</source>
        <translation>ホストに表示されているとおりに GPU 名を正確に選択し、ホストにある数を超える GPU を指定しないでください。</translation>
    </message>
    <message>
        <source>The provisioning settings are incomplete or do not fit the chosen method.</source>
        <translation>プロビジョニングの設定が不完全か、選択した方法に適合していません。</translation>
    </message>
    <message>
        <source>Fill in exactly the fields the chosen provisioning method needs and provision again.</source>
        <translation>選択したプロビジョニング方法で必要なフィールドだけを正確に入力して、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>The identity certificate or private key file was not found on the host.</source>
        <translation>ID 証明書または秘密キー ファイルがホスト上に見つかりませんでした。</translation>
    </message>
    <message>
        <source>Choose existing certificate and key files (full paths on the Windows host) and provision again.</source>
        <translation>既存の証明書ファイルとキー ファイル (Windows ホスト上の完全パス) を選択して、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>There is no EFLOW virtual machine to provision yet.</source>
        <translation>プロビジョニングする EFLOW 仮想マシンがまだありません。</translation>
    </message>
    <message>
        <source>Deploy the virtual machine first, then provision it.</source>
        <translation>先に仮想マシンをデプロイしてから、プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>Provisioning stopped at a confirmation prompt because the device was already provisioned.</source>
        <translation>デバイスが既にプロビジョニングされていたため、プロビジョニングが確認プロンプトで停止しました。</translation>
    </message>
    <message>
        <source>Update the AzureEFLOW module, or confirm reprovisioning, and provision again.</source>
        <translation>AzureEFLOW モジュールを更新するか、再プロビジョニングを確認してから、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>TPM provisioning needs a TPM 2.0 chip on the host.</source>
        <translation>TPM プロビジョニングには、ホストに TPM 2.0 チップが必要です。</translation>
    </message>
    <message>
        <source>Enable TPM 2.0 in the firmware, or choose another provisioning method.</source>
        <translation>ファームウェアで TPM 2.0 を有効にするか、別のプロビジョニング方法を選択してください。</translation>
    </message>
    <message>
        <source>TPM provisioning is not enabled in the virtual machine.</source>
        <translation>仮想マシンで TPM プロビジョニングが有効になっていません。</translation>
    </message>
    <message>
        <source>Run Set-EflowVmFeature -feature DpsTpm -enable, then read the TPM information or provision again.</source>
        <translation>Set-EflowVmFeature -feature DpsTpm -enable を実行してから、TPM 情報を読み取るか、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>This EFLOW release does not know the requested virtual machine feature.</source>
        <translation>この EFLOW リリースは、要求された仮想マシン機能を認識しません。</translation>
    </message>
    <message>
        <source>Use DpsTpm (all releases) or Defender (1.4 and later).</source>
        <translation>DpsTpm (すべてのリリース) または Defender (1.4 以降) を使用してください。</translation>
    </message>
    <message>
        <source>The Device Provisioning Service rejected the device&apos;s credentials.</source>
        <translation>Device Provisioning Service がデバイスの資格情報を拒否しました。</translation>
    </message>
    <message>
        <source>Check the registration ID (it is case-sensitive and must match the enrollment) and the key (for a group enrollment, the key derived for this device), then provision again.</source>
        <translation>登録 ID (大文字と小文字が区別され、登録と一致する必要があります) とキー (グループ登録の場合は、このデバイス用に派生したキー) を確認してから、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>The IoT Edge runtime did not start after provisioning, usually because the device could not register with DPS or IoT Hub.</source>
        <translation>プロビジョニング後に IoT Edge ランタイムが起動しませんでした。通常、デバイスが DPS または IoT Hub に登録できなかったことが原因です。</translation>
    </message>
    <message>
        <source>Open the device logs (iotedge system logs, or journalctl -u iotedge on 1.1), check the credentials and the network, then provision again.</source>
        <translation>デバイスのログ (iotedge system logs、1.1 では journalctl -u iotedge) を開き、資格情報とネットワークを確認してから、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>The IoT Edge runtime in the virtual machine did not answer as expected.</source>
        <translation>仮想マシン内の IoT Edge ランタイムが想定どおりに応答しませんでした。</translation>
    </message>
    <message>
        <source>Wait a minute for the runtime to start and refresh; if it persists, check iotedge check and the logs.</source>
        <translation>ランタイムが起動するまで 1 分ほど待ってから更新してください。問題が解決しない場合は、iotedge check とログを確認してください。</translation>
    </message>
    <message>
        <source>The provisioning settings could not be written into the virtual machine.</source>
        <translation>プロビジョニングの設定を仮想マシンに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Check that the virtual machine is running, save the logs, and provision again.</source>
        <translation>仮想マシンが実行中であることを確認し、ログを保存してから、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>The device is connected but has no module deployment yet; this is normal right after provisioning.</source>
        <translation>デバイスは接続されていますが、モジュールのデプロイがまだありません。プロビジョニングの直後はこれが正常な状態です。</translation>
    </message>
    <message>
        <source>Set modules for the device in IoT Hub or create a deployment.</source>
        <translation>IoT Hub でデバイスのモジュールを設定するか、デプロイを作成してください。</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine is turned off.</source>
        <translation>EFLOW 仮想マシンの電源がオフになっています。</translation>
    </message>
    <message>
        <source>Start it (Start-EflowVm) and try again.</source>
        <translation>仮想マシンを起動して (Start-EflowVm)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>More than one EFLOW virtual machine was found on this host.</source>
        <translation>このホストで複数の EFLOW 仮想マシンが見つかりました。</translation>
    </message>
    <message>
        <source>Remove the extra virtual machines so only one EFLOW virtual machine remains.</source>
        <translation>EFLOW 仮想マシンが 1 つだけ残るように、余分な仮想マシンを削除してください。</translation>
    </message>
    <message>
        <source>The host could not reach the virtual machine over SSH.</source>
        <translation>ホストから SSH で仮想マシンに接続できませんでした。</translation>
    </message>
    <message>
        <source>Check that the virtual machine is running and has an IP address (Get-EflowVmAddr), then try again.</source>
        <translation>仮想マシンが実行中で IP アドレスがあること (Get-EflowVmAddr) を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The virtual machine did not return its statistics.</source>
        <translation>仮想マシンが統計情報を返しませんでした。</translation>
    </message>
    <message>
        <source>Check that the virtual machine is running and refresh.</source>
        <translation>仮想マシンが実行中であることを確認して、表示を更新してください。</translation>
    </message>
    <message>
        <source>The installer download link no longer exists.</source>
        <translation>インストーラーのダウンロード リンクが存在しなくなりました。</translation>
    </message>
    <message>
        <source>Download the MSI for the chosen release manually and select the local file.</source>
        <translation>選択したリリースの MSI を手動でダウンロードし、そのローカル ファイルを選択してください。</translation>
    </message>
    <message>
        <source>The WSSDAgent service that manages the virtual machine is not responding.</source>
        <translation>仮想マシンを管理する WSSDAgent サービスが応答していません。</translation>
    </message>
    <message>
        <source>Start it (Start-Service WSSDAgent) or restart the host, then try again; its logs are in C:\ProgramData\wssdagent.</source>
        <translation>サービスを開始する (Start-Service WSSDAgent) か、ホストを再起動してから、もう一度お試しください。ログは C:\ProgramData\wssdagent にあります。</translation>
    </message>
    <message>
        <source>The virtual machine could not be created.</source>
        <translation>仮想マシンを作成できませんでした。</translation>
    </message>
    <message>
        <source>Save the logs (the WSSDAgent log tells why), try less memory, then uninstall and reinstall Azure IoT Edge before deploying again.</source>
        <translation>ログを保存し (WSSDAgent のログに原因が記録されています)、メモリを減らしてみてください。その後、Azure IoT Edge をアンインストールして再インストールしてから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>The deployment failed and left a partial installation behind.</source>
        <translation>デプロイが失敗し、不完全なインストールが残っています。</translation>
    </message>
    <message>
        <source>Uninstall Azure IoT Edge, install it again, and deploy again.</source>
        <translation>Azure IoT Edge をアンインストールして再インストールしてから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>The PowerShell execution policy of the host does not let the AzureEFLOW module or the wizard&apos;s script run; a policy set by Group Policy overrides the wizard&apos;s own setting.</source>
        <translation>ホストの PowerShell 実行ポリシーにより、AzureEFLOW モジュールまたはウィザードのスクリプトを実行できません。グループ ポリシーで設定されたポリシーは、ウィザード自身の設定よりも優先されます。</translation>
    </message>
    <message>
        <source>Ask the administrator to allow signed scripts (Group Policy &quot;Turn on Script Execution&quot;: AllSigned or RemoteSigned; Get-ExecutionPolicy -List shows the scopes), then try again.</source>
        <translation>署名済みスクリプトを許可するよう管理者に依頼してから (グループ ポリシー [スクリプトの実行を有効にする]: AllSigned または RemoteSigned。スコープは Get-ExecutionPolicy -List で確認できます)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Windows refused access to a file, folder or setting that the operation needs.</source>
        <translation>操作に必要なファイル、フォルダー、または設定へのアクセスが Windows によって拒否されました。</translation>
    </message>
    <message>
        <source>Run the wizard (or the remote session) as an administrator, make sure no other program (an antivirus scan, an open Explorer window) holds the file, and try again.</source>
        <translation>ウィザード (またはリモート セッション) を管理者として実行し、他のプログラム (ウイルス対策のスキャン、開いているエクスプローラーのウィンドウなど) がファイルを使用していないことを確認してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>EmulatorCommand</name>
    <message>
        <source>--%1 takes a fraction from 0 to 1, e.g. 0.1</source>
        <translation>--%1 には 0 から 1 までの小数を指定してください (例: 0.1)</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください</translation>
    </message>
    <message>
        <source>Runs the local Device Provisioning Service over HTTPS on 127.0.0.1 until Ctrl+C: the device API
and the service API, with a CA made at start. Prints the ID scope, the endpoint and a service
connection string. Its state (enrollments, registrations, scope, policy key) lives in --state.</source>
        <translation>ローカルの Device Provisioning Service を 127.0.0.1 上で HTTPS により Ctrl+C まで実行します。デバイス API
とサービス API を提供し、CA は起動時に作成されます。ID スコープ、エンドポイント、およびサービス
接続文字列を出力します。状態 (登録、デバイスの登録状態、スコープ、ポリシー キー) は --state に保存されます。</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0: any free port).</source>
        <translation>127.0.0.1 上の TCP ポート (0: 任意の空きポート)。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Folder for the emulator&apos;s state (kept across restarts).</source>
        <translation>エミュレーターの状態を保存するフォルダー (再起動後も保持されます)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write the CA certificate (PEM) here, for clients to trust.</source>
        <translation>CA 証明書 (PEM) をここに書き込みます。クライアントが信頼するためのものです。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A linked IoT hub host name (repeat for several).</source>
        <translation>リンクされた IoT Hub のホスト名 (複数指定する場合は繰り返します)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use this ID scope (default: kept or new).</source>
        <translation>この ID スコープを使用します (既定: 既存のものを保持、なければ新規)。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>static (default) or hashed allocation over the hubs.</source>
        <translation>ハブ間の割り当て: static (既定) または hashed。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Fraction of requests answered 429 with Retry-After.</source>
        <translation>Retry-After 付きの 429 で応答する要求の割合。</translation>
    </message>
    <message>
        <source>FRACTION</source>
        <translation>FRACTION</translation>
    </message>
    <message>
        <source>Retry-After seconds on injected 429s (default 1).</source>
        <translation>挿入された 429 の Retry-After の秒数 (既定値 1)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Fraction of requests answered 503.</source>
        <translation>503 で応答する要求の割合。</translation>
    </message>
    <message>
        <source>Fraction of requests whose connection is closed unanswered.</source>
        <translation>応答せずに接続を閉じる要求の割合。</translation>
    </message>
    <message>
        <source>Milliseconds added to every answer.</source>
        <translation>すべての応答に追加する遅延 (ミリ秒)。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Operation polls answered 202 &quot;assigning&quot; before the result (default 1).</source>
        <translation>結果を返す前に 202 &quot;assigning&quot; で応答する操作ポーリングの回数 (既定値 1)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Make sure the demo enrollments exist (group &quot;demo-group&quot; and individual &quot;demo-device&quot;, both IoT Edge) and print their keys.</source>
        <translation>デモ用の登録 (グループ &quot;demo-group&quot; と個別登録 &quot;demo-device&quot;、いずれも IoT Edge) が存在することを確認し、そのキーを出力します。</translation>
    </message>
    <message>
        <source>emulator: %1 (see emulator --help)</source>
        <translation>emulator: %1 (emulator --help を参照)</translation>
    </message>
    <message>
        <source>emulator: unexpected argument &quot;%1&quot;</source>
        <translation>emulator: 予期しない引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--allocation takes static or hashed, not &quot;%1&quot;</source>
        <translation>--allocation には static または hashed を指定してください (&quot;%1&quot; は指定できません)</translation>
    </message>
    <message>
        <source>the local DPS did not start: %1</source>
        <translation>ローカル DPS が起動しませんでした: %1</translation>
    </message>
    <message>
        <source>cannot write the CA to %1: %2</source>
        <translation>CA を %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the demo enrollments could not be made: %1</source>
        <translation>デモ用の登録を作成できませんでした: %1</translation>
    </message>
    <message>
        <source>saving the emulator state failed: %1</source>
        <translation>エミュレーターの状態を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>emulator: --allow-peer &quot;%1&quot; is not an IP address</source>
        <translation>emulator: --allow-peer &quot;%1&quot; は IP アドレスではありません</translation>
    </message>
    <message>
        <source>Accept connections only from this client address (repeat for several; default: any), as a firewall would.</source>
        <translation>このクライアント アドレスからの接続のみを受け付けます (複数の場合は繰り返し指定。既定: すべて)。ファイアウォールと同じ働きです。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>enrollment group %1</source>
        <translation>登録グループ %1</translation>
    </message>
    <message>
        <source>individual enrollment %1</source>
        <translation>個別登録 %1</translation>
    </message>
    <message>
        <source>DPS answered without the %1</source>
        <translation>DPS の応答に %1 が含まれていませんでした</translation>
    </message>
    <message>
        <source>No system keychain is available here (no Secret Service on the D-Bus session bus), so the generated keys could not be kept; nothing was created. Run the command again with --show-keys to have the keys printed instead, and keep them safe.</source>
        <translation>ここではシステム キーチェーンを使用できない (D-Bus セッション バスに Secret Service がない) ため、生成したキーを保存できませんでした。何も作成されていません。代わりにキーを出力するには --show-keys を付けてコマンドをもう一度実行し、キーを安全に保管してください。</translation>
    </message>
    <message>
        <source>The system keychain cannot take the generated keys (%1); nothing was created. Run the command again with --show-keys to have them printed instead.</source>
        <translation>システム キーチェーンに生成したキーを保存できません (%1)。何も作成されていません。代わりにキーを出力するには --show-keys を付けてコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>The system keychain already holds a key named %1; nothing was created. Choose another name with --secret-name, or remove the old one with: eflow-wizard secret forget %2</source>
        <translation>システム キーチェーンには %1 という名前のキーが既にあります。何も作成されていません。--secret-name で別の名前を指定するか、次のコマンドで古いキーを削除してください: eflow-wizard secret forget %2</translation>
    </message>
    <message>
        <source>OpenSSL could not generate the keys</source>
        <translation>OpenSSL でキーを生成できませんでした</translation>
    </message>
    <message>
        <source>Created %1 (IoT Edge: %2, %3).</source>
        <translation>%1 を作成しました (IoT Edge: %2、%3)。</translation>
    </message>
    <message>
        <source>primary key: %1</source>
        <translation>主キー: %1</translation>
    </message>
    <message>
        <source>secondary key: %1</source>
        <translation>セカンダリ キー: %1</translation>
    </message>
    <message>
        <source>The keys are in the system keychain: %1 (primary), %2 (secondary). The wizard&apos;s Connect page and host provision --secret-ref take %1.</source>
        <translation>キーはシステム キーチェーンにあります: %1 (主キー)、%2 (セカンダリ キー)。ウィザードの [接続] ページと host provision --secret-ref には %1 を指定します。</translation>
    </message>
    <message>
        <source>DPS did not return the keys of %1, and saving without them would replace them; nothing was changed.</source>
        <translation>DPS が %1 のキーを返さなかったため、キーなしで保存するとキーが置き換えられてしまいます。何も変更されていません。</translation>
    </message>
    <message>
        <source>Updated %1 (IoT Edge: %2, %3; etag %4).</source>
        <translation>%1 を更新しました (IoT Edge: %2、%3、etag %4)。</translation>
    </message>
    <message>
        <source>Delete %1? Devices that registered through it keep their IoT Hub identity, but cannot register again. Type yes to delete: </source>
        <translation>%1 を削除しますか? これを通じて登録されたデバイスは IoT Hub の ID を保持しますが、再登録はできなくなります。削除するには yes と入力してください: </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除されていません。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Read the DPS service connection string from the first line of FILE.</source>
        <translation>FILE の 1 行目から DPS サービスの接続文字列を読み取ります。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take the service connection string from the system keychain (keychain:NAME, remembered with &apos;secret store&apos; or the Enrollments window).</source>
        <translation>システム キーチェーンからサービスの接続文字列を取得します (keychain:NAME。&apos;secret store&apos; または [登録] ウィンドウで保存したもの)。</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (private endpoints, the local DPS).</source>
        <translation>この PEM ファイル内の CA 証明書も信頼します (プライベート エンドポイント、ローカル DPS)。</translation>
    </message>
    <message>
        <source>The individual enrollment&apos;s registration ID.</source>
        <translation>個別登録の登録 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The enrollment group&apos;s ID.</source>
        <translation>登録グループの ID。</translation>
    </message>
    <message>
        <source>create individual: the IoT Hub device ID (default: the registration ID).</source>
        <translation>create individual: IoT Hub のデバイス ID (既定: 登録 ID)。</translation>
    </message>
    <message>
        <source>Mark it as an IoT Edge device (the default).</source>
        <translation>IoT Edge デバイスとしてマークします (既定)。</translation>
    </message>
    <message>
        <source>Not an IoT Edge device.</source>
        <translation>IoT Edge デバイスではありません。</translation>
    </message>
    <message>
        <source>Provisioning status enabled.</source>
        <translation>プロビジョニングの状態を有効にします。</translation>
    </message>
    <message>
        <source>Provisioning status disabled.</source>
        <translation>プロビジョニングの状態を無効にします。</translation>
    </message>
    <message>
        <source>The initial device twin: JSON with &quot;tags&quot; and &quot;properties&quot;: {&quot;desired&quot;: …}.</source>
        <translation>初期デバイス ツイン: &quot;tags&quot; と &quot;properties&quot;: {&quot;desired&quot;: …} を含む JSON。</translation>
    </message>
    <message>
        <source>show, create: print the symmetric keys (create: instead of putting them into the keychain).</source>
        <translation>show、create: 対称キーを出力します (create: キーチェーンに保存する代わりに)。</translation>
    </message>
    <message>
        <source>create: keychain name for the generated keys (default dps-ID).</source>
        <translation>create: 生成したキーのキーチェーン名 (既定値 dps-ID)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>update, delete: only if the enrollment still has this etag.</source>
        <translation>update、delete: 登録がまだこの etag を持つ場合のみ実行します。</translation>
    </message>
    <message>
        <source>ETAG</source>
        <translation>ETAG</translation>
    </message>
    <message>
        <source>delete: do not ask.</source>
        <translation>delete: 確認しません。</translation>
    </message>
    <message>
        <source>list: individual enrollments only.</source>
        <translation>list: 個別登録のみ。</translation>
    </message>
    <message>
        <source>list: enrollment groups only.</source>
        <translation>list: 登録グループのみ。</translation>
    </message>
    <message>
        <source>list: only IDs that contain TEXT.</source>
        <translation>list: TEXT を含む ID のみ。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>list: enrollments per request (1-1000; default: the service&apos;s).</source>
        <translation>list: 1 回の要求あたりの登録数 (1-1000。既定: サービスの既定値)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object on standard output.</source>
        <translation>標準出力に JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 60).</source>
        <translation>この秒数が経過したら中止します (既定値 60)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Print each request and the technical details of a failure.</source>
        <translation>各要求と、失敗時の技術的な詳細を出力します。</translation>
    </message>
    <message>
        <source>Manages DPS enrollments with the service API, as the Azure portal does.
  list     [--individual|--groups] [--filter TEXT]   individual enrollments and groups
  show     --registration-id R | --group-id G [--show-keys]   one of them (and its registration)
  create individual --registration-id R [--device-id D] [--edge|--no-edge] [--twin-file F]
           [--disabled] [--show-keys] [--secret-name NAME]
  create group --group-id G [same options, without --device-id]
  update   --registration-id R | --group-id G [--edge|--no-edge] [--enabled|--disabled]
           [--twin-file F] [--etag E]   changes them, sending the etag
  delete   --registration-id R | --group-id G [--etag E] [--yes]
  records  --group-id G | --registration-id R   registration records (the Verify step)
The service connection string (HostName=…;SharedAccessKeyName=…;SharedAccessKey=…) comes from
--connection-string-file, --secret-ref keychain:NAME, the variable EFLOW_DPS_CONNECTION_STRING or
standard input, never from the command line. create generates the keys and puts them into the
system keychain (keychain:dps-ID and keychain:dps-ID.secondary) unless --show-keys prints them.
Exit codes: 0 done, 1 DPS refused or could not be reached, or no keychain for the keys,
2 wrong usage, 3 malformed connection string, ID, twin JSON or CA file, 4 a file is missing or
unreadable, 6 cancelled or timed out, 8 not found, 9 exists already or changed by someone else.</source>
        <translation>Azure portal と同様に、サービス API を使用して DPS の登録を管理します。
  list     [--individual|--groups] [--filter TEXT]   個別登録と登録グループ
  show     --registration-id R | --group-id G [--show-keys]   そのうちの 1 つ (とそのデバイスの登録)
  create individual --registration-id R [--device-id D] [--edge|--no-edge] [--twin-file F]
           [--disabled] [--show-keys] [--secret-name NAME]
  create group --group-id G [同じオプション、--device-id を除く]
  update   --registration-id R | --group-id G [--edge|--no-edge] [--enabled|--disabled]
           [--twin-file F] [--etag E]   etag を送信して変更します
  delete   --registration-id R | --group-id G [--etag E] [--yes]
  records  --group-id G | --registration-id R   登録レコード (確認の手順)
サービスの接続文字列 (HostName=…;SharedAccessKeyName=…;SharedAccessKey=…) は
--connection-string-file、--secret-ref keychain:NAME、環境変数 EFLOW_DPS_CONNECTION_STRING、または
標準入力から取得し、コマンド ラインからは決して取得しません。create はキーを生成してシステム
キーチェーン (keychain:dps-ID と keychain:dps-ID.secondary) に保存します (--show-keys の場合は出力します)。
終了コード: 0 完了、1 DPS が拒否したか接続できなかった、またはキーを保存するキーチェーンがない、
2 使用方法の誤り、3 接続文字列、ID、ツイン JSON、または CA ファイルの形式が不正、4 ファイルが見つからないか
読み取れない、6 キャンセルまたはタイムアウト、8 見つからない、9 既に存在するか他のユーザーが変更した。</translation>
    </message>
    <message>
        <source>enroll list: takes no ID; use --filter TEXT (see enroll --help)</source>
        <translation>enroll list: ID は指定できません。--filter TEXT を使用してください (enroll --help を参照)</translation>
    </message>
    <message>
        <source>enroll create: say &quot;create individual&quot; or &quot;create group&quot; (see enroll --help)</source>
        <translation>enroll create: &quot;create individual&quot; または &quot;create group&quot; を指定してください (enroll --help を参照)</translation>
    </message>
    <message>
        <source>enroll create group: give --group-id (and no --registration-id)</source>
        <translation>enroll create group: --group-id を指定してください (--registration-id は指定しません)</translation>
    </message>
    <message>
        <source>enroll create individual: give --registration-id (and no --group-id)</source>
        <translation>enroll create individual: --registration-id を指定してください (--group-id は指定しません)</translation>
    </message>
    <message>
        <source>enroll create group: --device-id goes with individual enrollments (a group&apos;s devices are named by their registration IDs)</source>
        <translation>enroll create group: --device-id は個別登録用です (グループのデバイスには登録 ID で名前が付けられます)</translation>
    </message>
    <message>
        <source>enroll %1: give either --registration-id or --group-id (see enroll --help)</source>
        <translation>enroll %1: --registration-id または --group-id のいずれかを指定してください (enroll --help を参照)</translation>
    </message>
    <message>
        <source>twin file %1 does not exist</source>
        <translation>ツイン ファイル %1 が存在しません</translation>
    </message>
    <message>
        <source>twin file %1 cannot be read: %2</source>
        <translation>ツイン ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>twin file %1 is larger than %2 KiB; an initial twin holds a few tags and properties</source>
        <translation>ツイン ファイル %1 が %2 KiB を超えています。初期ツインに含まれるのは少数のタグとプロパティです</translation>
    </message>
    <message>
        <source>twin file %1: %2</source>
        <translation>ツイン ファイル %1: %2</translation>
    </message>
    <message>
        <source>enroll create: --secret-name names the keychain entry, which --show-keys skips</source>
        <translation>enroll create: --secret-name はキーチェーンのエントリ名を指定しますが、--show-keys ではキーチェーンを使用しません</translation>
    </message>
    <message>
        <source>--secret-name: at most %1 characters (the secondary key adds &quot;.secondary&quot;)</source>
        <translation>--secret-name: %1 文字以内で指定してください (セカンダリ キーには &quot;.secondary&quot; が追加されます)</translation>
    </message>
    <message>
        <source>enroll: --edge and --no-edge exclude each other</source>
        <translation>enroll: --edge と --no-edge は同時に指定できません</translation>
    </message>
    <message>
        <source>enroll: --enabled and --disabled exclude each other</source>
        <translation>enroll: --enabled と --disabled は同時に指定できません</translation>
    </message>
    <message>
        <source>enroll update: nothing to change; give --edge, --no-edge, --enabled, --disabled or --twin-file</source>
        <translation>enroll update: 変更する内容がありません。--edge、--no-edge、--enabled、--disabled、または --twin-file を指定してください</translation>
    </message>
    <message>
        <source>--etag: give the etag that enroll show printed (up to 256 printable characters)</source>
        <translation>--etag: enroll show が出力した etag を指定してください (256 文字以内の印刷可能な文字)</translation>
    </message>
    <message>
        <source>enroll delete: add --yes to delete without a terminal to ask on; nothing was deleted</source>
        <translation>enroll delete: 確認に使用するターミナルがない状態で削除するには --yes を追加してください。何も削除されていません</translation>
    </message>
    <message>
        <source>enroll: say list, show, create, update, delete or records (see enroll --help)</source>
        <translation>enroll: list、show、create、update、delete、または records を指定してください (enroll --help を参照)</translation>
    </message>
    <message>
        <source>enroll %1: --%2 does not go with it (see enroll --help)</source>
        <translation>enroll %1: --%2 は併用できません (enroll --help を参照)</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation>--timeout には 1 から 3600 までの秒数を指定してください</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000</source>
        <translation>--page-size には 1 から 1000 までの数値を指定してください</translation>
    </message>
    <message>
        <source>DPS %1, policy %2</source>
        <translation>DPS %1、ポリシー %2</translation>
    </message>
    <message>
        <source>list, show, create, update, delete or records</source>
        <translation>list、show、create、update、delete、または records</translation>
    </message>
    <message>
        <source>create: individual or group</source>
        <translation>create: individual または group</translation>
    </message>
    <message>
        <source>IoT Edge: %1</source>
        <translation>IoT Edge: %1</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>desired properties: %1</source>
        <translation>必要なプロパティ: %1</translation>
    </message>
    <message>
        <source>hubs: %1</source>
        <translation>ハブ: %1</translation>
    </message>
    <message>
        <source>last updated: %1</source>
        <translation>最終更新日時: %1</translation>
    </message>
    <message>
        <source>etag: %1</source>
        <translation>etag: %1</translation>
    </message>
    <message>
        <source>(hidden; --show-keys prints it)</source>
        <translation>(非表示。--show-keys で出力されます)</translation>
    </message>
    <message>
        <source>no device has registered yet</source>
        <translation>まだデバイスが登録されていません</translation>
    </message>
    <message>
        <source>assigned to %1 as %2 (last updated %3)</source>
        <translation>%1 に %2 として割り当て済み (最終更新日時 %3)</translation>
    </message>
    <message>
        <source>%1 (last updated %2)</source>
        <translation>%1 (最終更新日時 %2)</translation>
    </message>
    <message>
        <source>: error %1, %2</source>
        <translation>: エラー %1、%2</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>IOT EDGE</source>
        <translation>IoT Edge</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>DEVICE ID</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <source>HUB</source>
        <translation>ハブ</translation>
    </message>
    <message>
        <source>LAST UPDATED</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>device ID: %1</source>
        <translation>デバイス ID: %1</translation>
    </message>
    <message>
        <source>registration: %1</source>
        <translation>登録状態: %1</translation>
    </message>
    <message>
        <source>registrations: enroll records --group-id %1 lists them</source>
        <translation>登録状態: enroll records --group-id %1 で一覧表示されます</translation>
    </message>
    <message>
        <source>REGISTRATION ID</source>
        <translation>登録 ID</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>--secret-ref: %1</source>
        <translation>--secret-ref: %1</translation>
    </message>
    <message>
        <source>enroll: give the connection string one way: --connection-string-file or --secret-ref, not both</source>
        <translation>enroll: 接続文字列は 1 つの方法でのみ指定してください: --connection-string-file または --secret-ref (両方は指定できません)</translation>
    </message>
    <message>
        <source>DPS service connection string (input hidden): </source>
        <translation>DPS サービスの接続文字列 (入力は表示されません): </translation>
    </message>
    <message>
        <source>enroll: no DPS service connection string: pipe it on standard input, or use --connection-string-file FILE, --secret-ref keychain:NAME or %1</source>
        <translation>enroll: DPS サービスの接続文字列がありません。標準入力にパイプで渡すか、--connection-string-file FILE、--secret-ref keychain:NAME、または %1 を使用してください</translation>
    </message>
    <message>
        <source>No device has registered through %1 yet.</source>
        <translation>%1 を通じて登録されたデバイスはまだありません。</translation>
    </message>
    <message>
        <source>Created %1, but its keys could not be put into the system keychain: %2 Read them with: eflow-wizard enroll show %3 %4 --show-keys</source>
        <translation>%1 を作成しましたが、そのキーをシステム キーチェーンに保存できませんでした: %2 次のコマンドでキーを読み取ってください: eflow-wizard enroll show %3 %4 --show-keys</translation>
    </message>
    <message>
        <source>twin file %1 is empty; an initial twin is a JSON object such as {&quot;tags&quot;:{&quot;environment&quot;:&quot;test&quot;}}</source>
        <translation>ツイン ファイル %1 が空です。初期ツインは {&quot;tags&quot;:{&quot;environment&quot;:&quot;test&quot;}} のような JSON オブジェクトです</translation>
    </message>
    <message>
        <source>individual enrollments: %1, enrollment groups: %2</source>
        <translation>個別登録: %1、登録グループ: %2</translation>
    </message>
    <message>
        <source>registration records: %1</source>
        <translation>登録レコード: %1</translation>
    </message>
    <message>
        <source>registration ID: %1</source>
        <translation>登録 ID: %1</translation>
    </message>
    <message>
        <source>group ID: %1</source>
        <translation>グループ ID: %1</translation>
    </message>
</context>
<context>
    <name>ExistingVmCheck</name>
    <message>
        <source>Memory: the VM has %1 MB; the settings ask for %2 MB.</source>
        <extracomment>%1 the existing VM&apos;s memory, %2 the planned memory, both in MB</extracomment>
        <translation>メモリ: VM は %1 MB ですが、設定では %2 MB です。</translation>
    </message>
    <message>
        <source>Processors: the VM has %1; the settings ask for %2.</source>
        <translation>プロセッサ: VM は %1 ですが、設定では %2 です。</translation>
    </message>
    <message>
        <source>Disk: the VM has %1 GB; the settings ask for %2 GB.</source>
        <translation>ディスク: VM は %1 GB ですが、設定では %2 GB です。</translation>
    </message>
    <message>
        <source>Virtual switch: the VM uses “%1”; the settings ask for “%2”.</source>
        <translation>仮想スイッチ: VM は「%1」を使用していますが、設定では「%2」です。</translation>
    </message>
    <message>
        <source>IP address: the VM has %1; the settings ask for %2.</source>
        <translation>IP アドレス: VM は %1 ですが、設定では %2 です。</translation>
    </message>
    <message>
        <source>Remove the existing virtual machine (uninstall EFLOW)</source>
        <translation>既存の仮想マシンを削除する (EFLOW をアンインストール)</translation>
    </message>
    <message>
        <source>EFLOW and its virtual machine are removed, but Windows must restart before EFLOW can be installed again.</source>
        <translation>EFLOW とその仮想マシンは削除されましたが、EFLOW を再度インストールする前に Windows を再起動する必要があります。</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source>Usage: %1 fleet run FLEET_FILE --plan PLAN [options]
       %1 fleet export --ansible DIR FLEET_FILE --plan PLAN

run     deploys and provisions every host of the fleet file, N at a time, and resumes
        where an interrupted run stopped (%1 fleet run --help)
export  writes an Ansible inventory and playbook that do the same from a controller
        (%1 fleet export --help)
</source>
        <translation>使用法: %1 fleet run FLEET_FILE --plan PLAN [オプション]
       %1 fleet export --ansible DIR FLEET_FILE --plan PLAN

run     フリート ファイルのすべてのホストに N 台ずつ同時にデプロイしてプロビジョニングし、
        中断された実行は停止した所から再開します (%1 fleet run --help)
export  コントローラーから同じことを行う Ansible のインベントリとプレイブックを書き出します
        (%1 fleet export --help)
</translation>
    </message>
    <message>
        <source>fleet: unknown action &quot;%1&quot; (run or export; see %2 fleet --help)</source>
        <translation>fleet: 不明なアクション「%1」です (run または export。%2 fleet --help を参照)</translation>
    </message>
    <message>
        <source>%1 hosts: %2</source>
        <translation>ホスト %1 台: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: provisioned as %2 on %3 (%4 s)</source>
        <translation>%1: %3 に %2 としてプロビジョニングされました (%4 秒)</translation>
    </message>
    <message>
        <source>its hub</source>
        <translation>割り当て先の IoT Hub</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>   %</source>
        <translation>   %</translation>
    </message>
    <message>
        <source>ELAPSED</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>LAST LINE</source>
        <translation>最後の行</translation>
    </message>
    <message>
        <source> — in an earlier run; --retry-failed runs it again</source>
        <translation> — 以前の実行の結果です。--retry-failed で再実行します</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>The plan file with the settings every host shares (required).</source>
        <translation>すべてのホストに共通の設定を含むプラン ファイル (必須)。</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>How many hosts run at a time, 1 to 64 (default 8).</source>
        <translation>同時に実行するホストの数。1 から 64 (既定値 8)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Run the hosts that failed in an earlier run again (they are left alone otherwise).</source>
        <translation>以前の実行で失敗したホストを再実行します (指定しない場合、それらのホストには何もしません)。</translation>
    </message>
    <message>
        <source>Write each host&apos;s outcome to FILE (.csv or .json; may be given twice).</source>
        <translation>各ホストの結果を FILE に書き込みます (.csv または .json。2 回まで指定可能)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Demo targets: the pace of the simulation (1 = real time, 0 = instant).</source>
        <translation>デモ ターゲット: シミュレーションの速度 (1 = 実時間、0 = 即時)。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>The enrollment group&apos;s key from the system keychain (keychain:NAME).</source>
        <translation>システム キーチェーンに保存された登録グループのキー (keychain:NAME)。</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Read the enrollment group&apos;s key from standard input.</source>
        <translation>登録グループのキーを標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>Verify: the DPS service connection string from the keychain (keychain:NAME). Demo hosts use the demo DPS.</source>
        <translation>検証: キーチェーンに保存された DPS サービス接続文字列 (keychain:NAME)。デモ ホストはデモ DPS を使用します。</translation>
    </message>
    <message>
        <source>Verify: read the DPS service connection string from FILE.</source>
        <translation>検証: DPS サービス接続文字列を FILE から読み取ります。</translation>
    </message>
    <message>
        <source>Verify: also trust the CA certificates in this PEM file.</source>
        <translation>検証: この PEM ファイル内の CA 証明書も信頼します。</translation>
    </message>
    <message>
        <source>Plain lines even on a terminal (no live table).</source>
        <translation>端末上でもプレーンな行で出力します (ライブ テーブルなし)。</translation>
    </message>
    <message>
        <source>Deploys EFLOW on every host of FLEET_FILE and provisions it through the enrollment group: probe, deploy, provision and verify, N hosts at a time. Each host&apos;s key is derived from the group key in memory and never written anywhere. Every host&apos;s work is journalled: after an interruption (Ctrl+C, a crash, a restart) the same command continues each host where it stopped and does nothing twice.

The group key: --group-key keychain:NAME or --group-key-stdin; a row&apos;s secret_ref column names another group&apos;s key. Demo targets without a key use the demo DPS&apos;s enrollment group.

Exit codes: 0 every host is provisioned; 1 some host is not (see the summary and --results); 2 the command line is wrong; 3 a file&apos;s content or a key is malformed; 4 a file cannot be read or written; 6 cancelled (run again to continue).</source>
        <translation>FLEET_FILE のすべてのホストに EFLOW をデプロイし、登録グループを通じてプロビジョニングします。プローブ、デプロイ、プロビジョニング、検証を N 台ずつ同時に行います。各ホストのキーはグループ キーからメモリ内で派生され、どこにも書き込まれません。各ホストの作業はジャーナルに記録されます。中断 (Ctrl+C、クラッシュ、再起動) の後に同じコマンドを実行すると、各ホストを停止した所から続行し、同じ作業を 2 回行うことはありません。

グループ キー: --group-key keychain:NAME または --group-key-stdin。行の secret_ref 列では、別のグループのキーを指定します。キーのないデモ ターゲットは、デモ DPS の登録グループを使用します。

終了コード: 0 すべてのホストがプロビジョニング済み。1 プロビジョニングされていないホストがある (サマリーと --results を参照)。2 コマンド ラインが正しくない。3 ファイルの内容またはキーの形式が正しくない。4 ファイルの読み取りまたは書き込みができない。6 キャンセルされた (続行するには再実行)。</translation>
    </message>
    <message>
        <source>fleet run: give one FLEET_FILE and --plan PLAN (see fleet run --help)</source>
        <translation>fleet run: FLEET_FILE を 1 つと --plan PLAN を指定してください (fleet run --help を参照)</translation>
    </message>
    <message>
        <source>fleet run: %1: a fleet provisions through a DPS enrollment group with symmetric keys; the plan&apos;s provisioning type is &quot;%2&quot;</source>
        <translation>fleet run: %1: フリートは対称キーを使用する DPS 登録グループを通じてプロビジョニングしますが、プランのプロビジョニングの種類は「%2」です</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>fleet run: %1: %2</source>
        <translation>fleet run: %1: %2</translation>
    </message>
    <message>
        <source>fleet run: give the group key once: --group-key or --group-key-stdin</source>
        <translation>fleet run: グループ キーは --group-key または --group-key-stdin のどちらかで 1 回だけ指定してください</translation>
    </message>
    <message>
        <source>Enrollment group key (input hidden): </source>
        <translation>登録グループのキー (入力は表示されません): </translation>
    </message>
    <message>
        <source>no key on standard input</source>
        <translation>標準入力にキーがありません</translation>
    </message>
    <message>
        <source>fleet run: the fleet has hosts that are not demo hosts: give the enrollment group&apos;s key with --group-key keychain:NAME or --group-key-stdin</source>
        <translation>fleet run: フリートにデモ ホスト以外のホストがあります。登録グループのキーを --group-key keychain:NAME または --group-key-stdin で指定してください</translation>
    </message>
    <message>
        <source>fleet run: --concurrency takes a number from 1 to 64</source>
        <translation>fleet run: --concurrency には 1 から 64 の数値を指定します</translation>
    </message>
    <message>
        <source>fleet run: --speed takes a number from 0 to 1000</source>
        <translation>fleet run: --speed には 0 から 1000 の数値を指定します</translation>
    </message>
    <message>
        <source>fleet run: --results %1: the file must end in .csv or .json</source>
        <translation>fleet run: --results %1: ファイル名は .csv または .json で終わる必要があります</translation>
    </message>
    <message>
        <source>warning: %1 (a rerun may repeat some hosts&apos; work)</source>
        <translation>警告: %1 (再実行時に一部のホストの作業が繰り返される可能性があります)</translation>
    </message>
    <message>
        <source>Fleet: %1 hosts; progress kept in %2</source>
        <translation>フリート: ホスト %1 台。進行状況の保存先: %2</translation>
    </message>
    <message>
        <source>Stopping: the running hosts end their current step cleanly…</source>
        <translation>停止しています: 実行中のホストは現在の手順を正常に終了します…</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>Cancelled: run the same command again to continue.</source>
        <translation>キャンセルされました: 続行するには、同じコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>The fleet file (CSV or JSON).</source>
        <translation>フリート ファイル (CSV または JSON)。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of hosts and their outcome, e.g. 7 running</comment>
        <translation>%2 %1 台</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two counts of hosts</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Keep the fleet&apos;s progress in FILE (default: a file beside the resume journal whose name is a hash of the fleet file&apos;s full path, so the same fleet file in the same place continues its run and a moved or renamed one starts over).</source>
        <translation>フリートの進行状況を FILE に保存します (既定: 再開ジャーナルと同じ場所のファイル。名前はフリート ファイルの完全パスのハッシュです。そのため、同じ場所の同じフリート ファイルでは実行が続行され、移動または名前変更したファイルでは最初からやり直しになります)。</translation>
    </message>
</context>
<context>
    <name>FleetExportCommand</name>
    <message>
        <source>Write the Ansible inventory, playbook and scripts into DIR (new or empty).</source>
        <translation>Ansible のインベントリ、Playbook、スクリプトを DIR (新規または空のフォルダー) に書き込みます。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The deployment plan every host starts from.</source>
        <translation>すべてのホストの基になるデプロイ プラン。</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>Write over an earlier export in DIR: its scripts folder is replaced; the vault and your own files are kept.</source>
        <translation>DIR 内の以前のエクスポートを上書きします。scripts フォルダーは置き換えられ、Vault と独自に追加したファイルは保持されます。</translation>
    </message>
    <message>
        <source>Writes an Ansible inventory and playbook that deploy EFLOW on every ssh:// host of FLEET_FILE and provision it through the DPS enrollment group, with the same PowerShell that fleet run sends (ansible.windows.win_powershell over OpenSSH or WinRM). No key is written: the group key goes into the controller&apos;s Ansible vault, and each host&apos;s key is derived on the controller when the playbook runs. Demo hosts are left out (Ansible cannot reach them). DIR/README.md says how to run it.

Exit codes: 0 written; 2 the command line is wrong; 3 the fleet file or the plan is malformed, or the plan does not fit a host; 4 a file cannot be read, or DIR cannot be written (or is not empty).</source>
        <translation>FLEET_FILE のすべての ssh:// ホストに EFLOW をデプロイし、DPS 登録グループを通じてプロビジョニングする Ansible インベントリと Playbook を書き込みます。使用する PowerShell は fleet run が送信するものと同じです (OpenSSH または WinRM 経由の ansible.windows.win_powershell)。キーは書き込まれません。グループ キーはコントローラーの Ansible Vault に格納され、各ホストのキーは Playbook の実行時にコントローラー上で派生されます。デモ ホストは除外されます (Ansible から到達できないため)。実行方法は DIR/README.md に記載されています。

終了コード: 0 書き込み完了、2 コマンド ラインが正しくない、3 フリート ファイルまたはプランの形式が不正か、プランがホストに適合しない、4 ファイルを読み取れないか、DIR に書き込めない (または空でない)。</translation>
    </message>
    <message>
        <source>fleet export: %1 is a file, not a folder</source>
        <translation>fleet export: %1 はフォルダーではなくファイルです</translation>
    </message>
    <message>
        <source>fleet export: %1 is not empty; give a new or empty folder, or --force to write over an earlier export there</source>
        <translation>fleet export: %1 は空ではありません。新規または空のフォルダーを指定するか、そこにある以前のエクスポートを上書きするには --force を指定してください</translation>
    </message>
    <message>
        <source>fleet export: %1 is not empty and holds no earlier export of eflow-wizard (playbook.yml); --force only writes over one</source>
        <translation>fleet export: %1 は空ではなく、eflow-wizard の以前のエクスポート (playbook.yml) も含まれていません。--force で上書きできるのは以前のエクスポートだけです</translation>
    </message>
    <message>
        <source>fleet export: cannot remove the earlier export&apos;s %1</source>
        <translation>fleet export: 以前のエクスポートの %1 を削除できません</translation>
    </message>
    <message>
        <source>fleet export: cannot create the folder %1</source>
        <translation>fleet export: フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>fleet export: cannot write %1: %2</source>
        <translation>fleet export: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Wrote %1 files for %2 hosts into %3.</source>
        <translation>%2 台のホスト用に %1 個のファイルを %3 に書き込みました。</translation>
    </message>
    <message>
        <source>Left out line %1 (%2): %3.</source>
        <translation>%1 行目 (%2) を除外しました: %3。</translation>
    </message>
    <message>
        <source>Next: put the enrollment group&apos;s key into the vault (ansible-vault create %1), then run ansible-playbook -i %2 %3 --ask-vault-pass. %4 says more.</source>
        <translation>次の手順: 登録グループのキーを Vault に格納し (ansible-vault create %1)、ansible-playbook -i %2 %3 --ask-vault-pass を実行してください。詳しくは %4 を参照してください。</translation>
    </message>
    <message>
        <source>The fleet file (CSV or JSON).</source>
        <translation>フリート ファイル (CSV または JSON)。</translation>
    </message>
    <message>
        <source>fleet export: give --ansible DIR, one FLEET_FILE and --plan PLAN (see fleet export --help)</source>
        <translation>fleet export: --ansible DIR、1 つの FLEET_FILE、および --plan PLAN を指定してください (fleet export --help を参照)</translation>
    </message>
    <message>
        <source>fleet export: %1</source>
        <translation>fleet export: %1</translation>
    </message>
</context>
<context>
    <name>FleetFile</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address such as 192.168.0.10</source>
        <translation>&quot;%1&quot; は IPv4 アドレス (例: 192.168.0.10) ではありません</translation>
    </message>
    <message>
        <source>%1 is not a pattern this file knows; use {hostname} or {row}</source>
        <translation>%1 はこのファイルで使用できるパターンではありません。{hostname} または {row} を使用してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ssh://USER@HOST[:PORT] or demo:SCENARIO/NAME</source>
        <translation>&quot;%1&quot; は ssh://USER@HOST[:PORT] または demo:SCENARIO/NAME の形式ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of megabytes</source>
        <translation>&quot;%1&quot; はメガバイト単位の整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix length from 1 to 32</source>
        <translation>&quot;%1&quot; は 1 から 32 までのプレフィックス長ではありません</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>the fleet file lists no host</source>
        <translation>フリート ファイルにホストが 1 つも記載されていません</translation>
    </message>
    <message>
        <source>more than %1 hosts</source>
        <translation>ホストが %1 台を超えています</translation>
    </message>
    <message>
        <source>every host needs a target</source>
        <translation>すべてのホストにターゲットが必要です</translation>
    </message>
    <message>
        <source>every host needs a registration ID</source>
        <translation>すべてのホストに登録 ID が必要です</translation>
    </message>
    <message>
        <source>%1 is listed on line %2 already</source>
        <translation>%1 は既に %2 行目に記載されています</translation>
    </message>
    <message>
        <source>%1 is used on line %2 already (DPS compares registration IDs without case)</source>
        <translation>%1 は既に %2 行目で使用されています (DPS は登録 ID を大文字と小文字を区別せずに比較します)</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>holds a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>looks like a key; a fleet file never holds keys (give the group key by reference)</source>
        <translation>キーのように見えます。フリート ファイルにキーを含めることはできません (グループ キーは参照で指定してください)</translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>引用符で囲まれたセルが閉じられていません</translation>
    </message>
    <message>
        <source>%1: empty; a fleet file starts with the line target,registration_id</source>
        <translation>%1: 空です。フリート ファイルは target,registration_id の行で始まります</translation>
    </message>
    <message>
        <source>%1:%2: column &quot;%3&quot; is %4; the columns are %5</source>
        <translation>%1:%2: 列 &quot;%3&quot;: %4。使用できる列: %5</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>2 回指定されています</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明な列です</translation>
    </message>
    <message>
        <source>%1:%2: %3 cells, but the header has %4</source>
        <translation>%1:%2: セルが %3 個ありますが、ヘッダーには %4 個あります</translation>
    </message>
    <message>
        <source>expected a list of addresses (strings)</source>
        <translation>アドレスの一覧 (文字列) が必要です</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>整数が必要です</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>有効な JSON ではありません (バイト %2 で %1)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 が 2 回出現しています</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot;; a fleet file holds &quot;hosts&quot;</source>
        <translation>不明なメンバー &quot;%1&quot; です。フリート ファイルには &quot;hosts&quot; が含まれます</translation>
    </message>
    <message>
        <source>hosts: expected a list of hosts</source>
        <translation>hosts: ホストの一覧が必要です</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1.%2: unknown; the members are %3</source>
        <translation>%1.%2: 不明なメンバーです。使用できるメンバー: %3</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>The fleet file %1 cannot be read: %2</source>
        <translation>フリート ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>The fleet file %1 is larger than %2 MiB.</source>
        <translation>フリート ファイル %1 が %2 MiB を超えています。</translation>
    </message>
</context>
<context>
    <name>FleetRun</name>
    <message>
        <source>Connect to the host</source>
        <translation>ホストへの接続</translation>
    </message>
    <message>
        <source>Check that the host is reachable and the target is right.</source>
        <translation>ホストに到達できること、およびターゲットが正しいことを確認してください。</translation>
    </message>
    <message>
        <source>The resume journal cannot be written (%1): this host cannot resume.</source>
        <translation>再開ジャーナルを書き込めません (%1)。このホストは再開できません。</translation>
    </message>
    <message>
        <source>Correct the target in the fleet file.</source>
        <translation>フリート ファイルのターゲットを修正してください。</translation>
    </message>
    <message>
        <source>The resume journal %1 cannot be read (%2).</source>
        <translation>再開ジャーナル %1 を読み取れません (%2)。</translation>
    </message>
    <message>
        <source>Make it readable, or move it away to start this host over.</source>
        <translation>読み取れるようにするか、このホストを最初からやり直す場合はファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>Correct the plan or this host&apos;s row in the fleet file.</source>
        <translation>プラン、またはフリート ファイル内のこのホストの行を修正してください。</translation>
    </message>
    <message>
        <source>The interrupted %1 cannot be resumed: %2</source>
        <translation>中断された %1 ジョブを再開できません: %2</translation>
    </message>
    <message>
        <source>Resuming the interrupted %1.</source>
        <translation>中断された %1 ジョブを再開しています。</translation>
    </message>
    <message>
        <source>Abandon it with eflow-wizard host deploy --fresh.</source>
        <translation>eflow-wizard host deploy --fresh で破棄してください。</translation>
    </message>
    <message>
        <source>Abandon it with eflow-wizard host provision --fresh.</source>
        <translation>eflow-wizard host provision --fresh で破棄してください。</translation>
    </message>
    <message>
        <source>Give the enrollment group&apos;s key with --group-key.</source>
        <translation>登録グループのキーを --group-key で指定してください。</translation>
    </message>
    <message>
        <source>the derived key was already used</source>
        <translation>派生キーは既に使用されていました</translation>
    </message>
    <message>
        <source>The device was provisioned, but edgeAgent is not running.</source>
        <translation>デバイスはプロビジョニングされましたが、edgeAgent が実行されていません。</translation>
    </message>
    <message>
        <source>Look at the host&apos;s overview and the runtime&apos;s log; run the fleet with --retry-failed after fixing it.</source>
        <translation>ホストの概要とランタイムのログを確認してください。修正後、--retry-failed を付けてフリートを実行してください。</translation>
    </message>
    <message>
        <source>No enrollment group key was given for %1.</source>
        <translation>%1 の登録グループ キーが指定されていません。</translation>
    </message>
    <message>
        <source>The enrollment group key is not valid base64.</source>
        <translation>登録グループ キーが有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>Stopped during &quot;%1&quot;.</source>
        <translation>「%1」の途中で停止しました。</translation>
    </message>
    <message>
        <source>Run the fleet again: this host continues from there.</source>
        <translation>フリートをもう一度実行してください。このホストはそこから続行します。</translation>
    </message>
    <message>
        <source>Restart the host, then run the fleet again: it continues from there.</source>
        <translation>ホストを再起動してから、フリートをもう一度実行してください。そこから続行します。</translation>
    </message>
    <message>
        <source>Leave this host out, or change it or the plan so that it can run EFLOW.</source>
        <translation>このホストを除外するか、EFLOW を実行できるようにホストまたはプランを変更してください。</translation>
    </message>
    <message>
        <source>Fix the cause, then run the fleet again with --retry-failed.</source>
        <translation>原因を修正してから、--retry-failed を付けてフリートをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Verify with DPS</source>
        <translation>DPS での検証</translation>
    </message>
    <message>
        <source>Stopped while verifying with DPS.</source>
        <translation>DPS での検証中に停止しました。</translation>
    </message>
    <message>
        <source>Run the fleet again: this host is only verified again.</source>
        <translation>フリートをもう一度実行してください。このホストは検証のみがやり直されます。</translation>
    </message>
    <message>
        <source>Check the enrollment group and this registration ID in the Azure portal.</source>
        <translation>Azure portal で登録グループとこの登録 ID を確認してください。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>プロビジョニング済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>サポート対象外</translation>
    </message>
    <message>
        <source>restart needed</source>
        <translation>再起動が必要</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: %2 文字を超えています</translation>
    </message>
    <message>
        <source>duration_s: expected a number of seconds.</source>
        <translation>duration_s: 秒数 (数値) が必要です。</translation>
    </message>
    <message>
        <source>target: missing.</source>
        <translation>target: 指定されていません。</translation>
    </message>
    <message>
        <source>outcome: &quot;%1&quot; is not a fleet outcome.</source>
        <translation>outcome: 「%1」はフリートの結果ではありません。</translation>
    </message>
    <message>
        <source>phase: &quot;%1&quot; is not a phase.</source>
        <translation>phase: 「%1」はフェーズではありません。</translation>
    </message>
    <message>
        <source>finished_at: &quot;%1&quot; is not a date and time.</source>
        <translation>finished_at: 「%1」は日付と時刻ではありません。</translation>
    </message>
    <message>
        <source>%1: unknown member.</source>
        <translation>%1: 不明なメンバーです。</translation>
    </message>
    <message>
        <source>The fleet&apos;s state file %1 %2; move it away to start the fleet over.</source>
        <translation>フリートの状態ファイル %1 は%2。フリートを最初からやり直すには、このファイルを別の場所に移動してください。</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>読み取れません (%1)</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>%1 MiB を超えています</translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation>破損しています (%1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>is damaged (version: expected 1)</source>
        <translation>破損しています (version: 1 が必要です)</translation>
    </message>
    <message>
        <source>is damaged (hosts: expected a list)</source>
        <translation>破損しています (hosts: リストが必要です)</translation>
    </message>
    <message>
        <source>is damaged (hosts[%1]: %2)</source>
        <translation>破損しています (hosts[%1]: %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>Cannot write the fleet&apos;s state file %1: %2</source>
        <translation>フリートの状態ファイル %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>The results file %1 must end in .csv or .json.</source>
        <translation>結果ファイル %1 の名前は .csv または .json で終わる必要があります。</translation>
    </message>
    <message>
        <source>Cannot write the results file %1: %2</source>
        <translation>結果ファイル %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>The fleet is running already.</source>
        <translation>フリートは既に実行中です。</translation>
    </message>
    <message>
        <source>Another fleet run (process %1) is working on this fleet; wait for it, or stop it.</source>
        <translation>別のフリート実行 (プロセス %1) がこのフリートを処理しています。その終了を待つか、停止してください。</translation>
    </message>
    <message>
        <source>Cannot lock the fleet&apos;s state file %1.</source>
        <translation>フリートの状態ファイル %1 をロックできません。</translation>
    </message>
    <message>
        <source>Left as an earlier run ended.</source>
        <translation>以前の実行が終了した時点のままです。</translation>
    </message>
    <message>
        <source>IoT Edge runs already: the earlier provisioning ended; it is not repeated.</source>
        <translation>IoT Edge は既に実行されています。以前のプロビジョニングは完了しているため、繰り返しません。</translation>
    </message>
</context>
<context>
    <name>HostBackend</name>
    <message>
        <source>Reading the module&apos;s logs</source>
        <translation>モジュールのログを読み取っています</translation>
    </message>
    <message>
        <source>This host cannot read the logs of module %1.</source>
        <translation>このホストではモジュール %1 のログを読み取れません。</translation>
    </message>
    <message>
        <source>Copying the file</source>
        <translation>ファイルをコピーしています</translation>
    </message>
    <message>
        <source>This host cannot copy %1 to this computer.</source>
        <translation>このホストでは %1 をこのコンピューターにコピーできません。</translation>
    </message>
    <message>
        <source>Configuring the IoT Edge proxy</source>
        <translation>IoT Edge のプロキシを構成しています</translation>
    </message>
    <message>
        <source>This host cannot set the IoT Edge proxy %1.</source>
        <translation>このホストでは IoT Edge のプロキシ %1 を設定できません。</translation>
    </message>
</context>
<context>
    <name>HostCommand</name>
    <message>
        <source>%1 %2 …</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <source>%1 %2: done (%3 s)</source>
        <translation>%1 %2: 完了 (%3 秒)</translation>
    </message>
    <message>
        <source>%1 %2: not needed, skipped</source>
        <translation>%1 %2: 不要なためスキップしました</translation>
    </message>
    <message>
        <source>%1 %2: FAILED</source>
        <translation>%1 %2: 失敗</translation>
    </message>
    <message>
        <source>%1 %2: cancelled</source>
        <translation>%1 %2: キャンセルされました</translation>
    </message>
    <message>
        <source>cancelled during &quot;%1&quot;; run the same command again to continue from there</source>
        <translation>&quot;%1&quot; の実行中にキャンセルされました。同じコマンドをもう一度実行すると、そこから続行します</translation>
    </message>
    <message>
        <source>The IoT Edge runtime&apos;s log ends with:</source>
        <translation>IoT Edge ランタイムのログの末尾:</translation>
    </message>
    <message>
        <source>Device connection string (input hidden): </source>
        <translation>デバイスの接続文字列 (入力は表示されません): </translation>
    </message>
    <message>
        <source>Group key (input hidden): </source>
        <translation>グループ キー (入力は表示されません): </translation>
    </message>
    <message>
        <source>Device key (input hidden): </source>
        <translation>デバイス キー (入力は表示されません): </translation>
    </message>
    <message>
        <source>no key on standard input (pipe it in, or use --key-file FILE)</source>
        <translation>標準入力にキーがありません (パイプで渡すか、--key-file FILE を使用してください)</translation>
    </message>
    <message>
        <source>the demo has no key for registration ID &quot;%1&quot;</source>
        <translation>デモには登録 ID &quot;%1&quot; のキーがありません</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the device key</source>
        <translation>OpenSSL でデバイス キーを派生できませんでした</translation>
    </message>
    <message>
        <source>probe, deploy, provision or status</source>
        <translation>probe、deploy、provision、または status</translation>
    </message>
    <message>
        <source>Use the simulated host (--demo=SCENARIO; --list-scenarios).</source>
        <translation>シミュレートされたホストを使用します (--demo=SCENARIO、--list-scenarios)。</translation>
    </message>
    <message>
        <source>List the demo scenarios.</source>
        <translation>デモ シナリオを一覧表示します。</translation>
    </message>
    <message>
        <source>A remote Windows host through OpenSSH: ssh://USER@HOST[:PORT].</source>
        <translation>OpenSSH 経由のリモート Windows ホスト: ssh://USER@HOST[:PORT]。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The deployment plan (JSON, no secrets).</source>
        <translation>デプロイ プラン (JSON、シークレットは含みません)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>EFLOW release line: 1.1, 1.4 or 1.5.</source>
        <translation>EFLOW のリリース ライン: 1.1、1.4、または 1.5。</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Accept the EFLOW licence terms (Deploy-Eflow -acceptEula Yes).</source>
        <translation>EFLOW のライセンス条項に同意します (Deploy-Eflow -acceptEula Yes)。</translation>
    </message>
    <message>
        <source>Demo pace: 1 = like a real deploy, 10 = ten times faster, 0 = instant.</source>
        <translation>デモの速度: 1 = 実際のデプロイと同程度、10 = 10 倍速、0 = 即時。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>DpsSymmetricKey (default), ManualConnectionString, ManualX509, DpsX509 or DpsTPM.</source>
        <translation>DpsSymmetricKey (既定)、ManualConnectionString、ManualX509、DpsX509、または DpsTPM。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>DPS ID scope.</source>
        <translation>DPS の ID スコープ。</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>The device&apos;s registration ID.</source>
        <translation>デバイスの登録 ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DPS global endpoint.</source>
        <translation>DPS のグローバル エンドポイント。</translation>
    </message>
    <message>
        <source>The key is an enrollment group&apos;s key: the device key is derived here.</source>
        <translation>キーは登録グループのキーです。デバイス キーはここで派生されます。</translation>
    </message>
    <message>
        <source>Read the key (or the device connection string) from the first line of FILE.</source>
        <translation>FILE の 1 行目からキー (またはデバイスの接続文字列) を読み取ります。</translation>
    </message>
    <message>
        <source>Read the key from standard input.</source>
        <translation>標準入力からキーを読み取ります。</translation>
    </message>
    <message>
        <source>Do not resume an interrupted job: abandon it and start over.</source>
        <translation>中断されたジョブを再開しません。そのジョブを破棄して最初からやり直します。</translation>
    </message>
    <message>
        <source>Print the result as JSON (probe, status).</source>
        <translation>結果を JSON で出力します (probe、status)。</translation>
    </message>
    <message>
        <source>Do not print the host&apos;s console lines.</source>
        <translation>ホストのコンソール行を出力しません。</translation>
    </message>
    <message>
        <source>host: %1 (see host --help)</source>
        <translation>host: %1 (host --help を参照)</translation>
    </message>
    <message>
        <source>host: say what to do: probe, deploy, provision or status (see host --help)</source>
        <translation>host: 実行する操作を指定してください: probe、deploy、provision、または status (host --help を参照)</translation>
    </message>
    <message>
        <source>host: --demo and --target exclude each other</source>
        <translation>host: --demo と --target は同時に指定できません</translation>
    </message>
    <message>
        <source>host: --speed takes a number from 0 to 1000, not &quot;%1&quot;</source>
        <translation>host: --speed には 0 から 1000 までの数値を指定してください (&quot;%1&quot; は指定できません)</translation>
    </message>
    <message>
        <source>host: --release takes 1.1, 1.4 or 1.5, not &quot;%1&quot;</source>
        <translation>host: --release には 1.1、1.4、または 1.5 を指定してください (&quot;%1&quot; は指定できません)</translation>
    </message>
    <message>
        <source>host: no demo scenario &quot;%1&quot; (see host --list-scenarios)</source>
        <translation>host: デモ シナリオ &quot;%1&quot; はありません (host --list-scenarios を参照)</translation>
    </message>
    <message>
        <source>host: this computer has no Windows PowerShell; use --demo=SCENARIO or --target ssh://USER@HOST</source>
        <translation>host: このコンピューターには Windows PowerShell がありません。--demo=SCENARIO または --target ssh://USER@HOST を使用してください</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>ターゲット: %1</translation>
    </message>
    <message>
        <source>host: unknown provisioning type &quot;%1&quot;</source>
        <translation>host: 不明なプロビジョニングの種類 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>IoT Edge is not healthy: %1</source>
        <translation>IoT Edge が正常ではありません: %1</translation>
    </message>
    <message>
        <source>The interrupted %1 from %2 is abandoned; starting over.</source>
        <translation>%2 に中断された %1 を破棄し、最初からやり直します。</translation>
    </message>
    <message>
        <source>the interrupted %1 cannot be resumed (%2); run again with --fresh</source>
        <translation>中断された %1 を再開できません (%2)。--fresh を付けてもう一度実行してください</translation>
    </message>
    <message>
        <source>the key was already used</source>
        <translation>キーは既に使用されています</translation>
    </message>
    <message>
        <source>Resuming the %1 interrupted on %2; already done: %3.</source>
        <translation>%2 に中断された %1 を再開します。完了済み: %3。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine %1 already existed; nothing was deployed twice.</source>
        <translation>EFLOW 仮想マシン %1 は既に存在していました。二重にデプロイされたものはありません。</translation>
    </message>
    <message>
        <source>Deployed: virtual machine %1, IP address %2.</source>
        <translation>デプロイ済み: 仮想マシン %1、IP アドレス %2。</translation>
    </message>
    <message>
        <source>Provisioned.</source>
        <translation>プロビジョニング済み。</translation>
    </message>
    <message>
        <source>What the log says:</source>
        <translation>ログの内容:</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正方法: %1</translation>
    </message>
    <message>
        <source>Note: the interrupted job continues with the settings it started with; run with --fresh to use the ones given now.</source>
        <translation>注: 中断されたジョブは開始時の設定で続行されます。今回指定した設定を使用するには、--fresh を付けて実行してください。</translation>
    </message>
    <message>
        <source>Interrupted: stopping the current step …</source>
        <translation>中断しました: 現在のステップを停止しています …</translation>
    </message>
    <message>
        <source>host: --target: %1</source>
        <translation>host: --target: %1</translation>
    </message>
    <message>
        <source>Use the key remembered in the system keychain under keychain:NAME (see the secret command).</source>
        <translation>システム キーチェーンに keychain:NAME として保存されたキーを使用します (secret コマンドを参照)。</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>host: give the key one way only: --key-file, --key-stdin or --secret-ref</source>
        <translation>host: キーは 1 つの方法でのみ指定してください: --key-file、--key-stdin、または --secret-ref</translation>
    </message>
    <message>
        <source>no key given: use --key-file FILE, --key-stdin or --secret-ref keychain:NAME</source>
        <translation>キーが指定されていません: --key-file FILE、--key-stdin、または --secret-ref keychain:NAME を使用してください</translation>
    </message>
    <message>
        <source>The host key was not trusted. Ask the host&apos;s administrator to read its fingerprint on the host (ssh-keygen -lf %1). Only if it is the same, trust the key and run the command again:</source>
        <translation>ホスト キーは信頼されませんでした。ホストの管理者に、ホスト上でフィンガープリントを確認してもらってください (ssh-keygen -lf %1)。一致する場合にのみ、キーを信頼してコマンドをもう一度実行してください:</translation>
    </message>
    <message>
        <source>host: --fingerprint takes the SHA256:… fingerprint ssh shows, not &quot;%1&quot;</source>
        <translation>host: --fingerprint には ssh が表示する SHA256:… 形式のフィンガープリントを指定してください (&quot;%1&quot; は指定できません)</translation>
    </message>
    <message>
        <source>The host key of %1 (%2) is trusted; the wizard keeps it in %3.</source>
        <translation>%1 のホスト キー (%2) は信頼されています。ウィザードはこれを %3 に保存します。</translation>
    </message>
    <message>
        <source>Runs the wizard&apos;s host jobs without the wizard.
  probe      checks the target device against EFLOW&apos;s requirements
  deploy     enables Hyper-V if needed, creates the switch, installs EFLOW, runs Deploy-Eflow
  provision  runs Provision-EflowVm and waits for the IoT Edge runtime
  status     shows the module list and the service status, as the overview does
  trust      trusts a remote host&apos;s key (--target, --fingerprint) after comparing it
An interrupted deploy or provision continues where it stopped when the same command runs
again (--fresh starts over). Keys come from --key-file or standard input, never the command
line. Exit codes: 0 done (status: healthy), 1 failed (status: not healthy), 2 wrong usage,
3 invalid plan, key or ID, 4 a file is missing, 5 the target cannot run EFLOW as planned,
6 cancelled or timed out (resumable), 7 Windows must restart first (then run again).</source>
        <translation>ウィザードのホスト ジョブをウィザードなしで実行します。
  probe      ターゲット デバイスが EFLOW の要件を満たしているかを確認します
  deploy     必要に応じて Hyper-V を有効にし、スイッチを作成して EFLOW をインストールし、Deploy-Eflow を実行します
  provision  Provision-EflowVm を実行し、IoT Edge ランタイムを待機します
  status     概要と同様に、モジュールの一覧とサービスの状態を表示します
  trust      リモート ホストのキーを比較した後に信頼します (--target、--fingerprint)
中断された deploy または provision は、同じコマンドをもう一度実行すると中断した箇所から続行します
(--fresh を指定すると最初からやり直します)。キーは --key-file または標準入力から取得し、コマンド
ラインからは決して取得しません。終了コード: 0 完了 (status: 正常)、1 失敗 (status: 異常)、2 使用方法の誤り、
3 プラン、キー、または ID が無効、4 ファイルが見つからない、5 ターゲットでプランどおりに EFLOW を実行できない、
6 キャンセルまたはタイムアウト (再開可能)、7 先に Windows の再起動が必要 (その後もう一度実行)。</translation>
    </message>
    <message>
        <source>The private key ssh logs in with (ssh -i FILE).</source>
        <translation>ssh のログインに使用する秘密キー (ssh -i FILE)。</translation>
    </message>
    <message>
        <source>trust: the host key&apos;s fingerprint as the host&apos;s administrator read it (SHA256:…).</source>
        <translation>trust: ホストの管理者が確認したホスト キーのフィンガープリント (SHA256:…)。</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>host: unknown action &quot;%1&quot;; use probe, deploy, provision, status or trust</source>
        <translation>host: 不明な操作 &quot;%1&quot;。probe、deploy、provision、status、または trust を使用してください</translation>
    </message>
    <message>
        <source>host: trust needs --target ssh://USER@HOST[:PORT] and --fingerprint SHA256:…</source>
        <translation>host: trust には --target ssh://USER@HOST[:PORT] と --fingerprint SHA256:… が必要です</translation>
    </message>
    <message>
        <source>host: --identity goes with --target</source>
        <translation>host: --identity は --target と併用します</translation>
    </message>
    <message>
        <source>the resume journal %1 is damaged (%2); it is moved aside to %3, and its job starts over.</source>
        <translation>再開ジャーナル %1 が破損しています (%2)。%3 に移動され、そのジョブは最初からやり直されます。</translation>
    </message>
    <message>
        <source>the resume journal %1 cannot be read (%2); make it readable, or move it away to start over.</source>
        <translation>再開ジャーナル %1 を読み取れません (%2)。読み取り可能にするか、別の場所に移動して最初からやり直してください。</translation>
    </message>
    <message>
        <source>Deployed: virtual machine %1.</source>
        <translation>デプロイ済み: 仮想マシン %1。</translation>
    </message>
    <message>
        <source>Deployed.</source>
        <translation>デプロイ済み。</translation>
    </message>
    <message>
        <source>warning: the resume journal cannot be written (%1); if this job is interrupted, it cannot continue where it stopped.</source>
        <translation>警告: 再開ジャーナルを書き込めません (%1)。このジョブが中断された場合、中断した箇所から続行できません。</translation>
    </message>
</context>
<context>
    <name>HostFacts</name>
    <message>
        <source>The host facts are not valid JSON: %1 at offset %2.</source>
        <extracomment>%1 the parser&apos;s reason, %2 the byte offset</extracomment>
        <translation>ホスト情報が有効な JSON ではありません: オフセット %2 で %1。</translation>
    </message>
    <message>
        <source>The host facts are not a JSON object.</source>
        <translation>ホスト情報が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>enabled, restart pending</source>
        <translation>有効 (再起動待ち)</translation>
    </message>
    <message>
        <source>not available in this edition</source>
        <translation>このエディションでは利用不可</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a release line such as 1.4.</source>
        <extracomment>%1 key path, %2 the value found</extracomment>
        <translation>%1: &apos;%2&apos; は 1.4 のようなリリース ラインではありません。</translation>
    </message>
</context>
<context>
    <name>HostJobRunner</name>
    <message>
        <source>Another target device was opened.</source>
        <translation>別のターゲット デバイスが開かれました。</translation>
    </message>
    <message>
        <source>No target device was chosen.</source>
        <translation>ターゲット デバイスが選択されていません。</translation>
    </message>
    <message>
        <source>The interrupted %1 was made by another version and cannot be resumed; start it over.</source>
        <translation>中断された %1 は別のバージョンで作成されたため、再開できません。最初からやり直してください。</translation>
    </message>
    <message>
        <source>This job can no longer be retried; start it again.</source>
        <translation>このジョブは再試行できなくなりました。もう一度開始してください。</translation>
    </message>
</context>
<context>
    <name>HostJobs</name>
    <message>
        <source>%1
Cause: %2
Fix: %3</source>
        <translation>%1
原因: %2
対処法: %3</translation>
    </message>
    <message>
        <source>The host could not start this step.</source>
        <translation>ホストはこの手順を開始できませんでした。</translation>
    </message>
    <message>
        <source>Check the target device</source>
        <translation>ターゲット デバイスの確認</translation>
    </message>
    <message>
        <source>The host&apos;s answer could not be read: %1</source>
        <translation>ホストの応答を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The target device cannot run EFLOW: %1</source>
        <translation>ターゲット デバイスで EFLOW を実行できません: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Before EFLOW can be deployed here:
%1</source>
        <translation>ここに EFLOW をデプロイするには、次の対応が必要です:
%1</translation>
    </message>
    <message>
        <source>Enable Hyper-V</source>
        <translation>Hyper-V の有効化</translation>
    </message>
    <message>
        <source>Hyper-V is enabled, but Windows must restart before EFLOW can be deployed. Restart the target device, then run the deployment again: it continues from here.</source>
        <translation>Hyper-V は有効になりましたが、EFLOW をデプロイする前に Windows を再起動する必要があります。ターゲット デバイスを再起動してから、デプロイをもう一度実行してください。ここから続行されます。</translation>
    </message>
    <message>
        <source>Create the virtual switch</source>
        <translation>仮想スイッチの作成</translation>
    </message>
    <message>
        <source>Install Azure IoT Edge for Linux on Windows</source>
        <translation>Azure IoT Edge for Linux on Windows のインストール</translation>
    </message>
    <message>
        <source>Create the virtual machine (Deploy-Eflow)</source>
        <translation>仮想マシンの作成 (Deploy-Eflow)</translation>
    </message>
    <message>
        <source>Deploy-Eflow did not return OK (it returned &quot;%1&quot;).</source>
        <translation>Deploy-Eflow が OK を返しませんでした (戻り値: &quot;%1&quot;)。</translation>
    </message>
    <message>
        <source>Check the virtual machine</source>
        <translation>仮想マシンの確認</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s status could not be read: %1</source>
        <translation>仮想マシンの状態を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The virtual machine was created but is not running (power state &quot;%1&quot;).</source>
        <translation>仮想マシンは作成されましたが、実行されていません (電源状態 &quot;%1&quot;)。</translation>
    </message>
    <message>
        <source>Check that the virtual machine exists</source>
        <translation>仮想マシンの存在の確認</translation>
    </message>
    <message>
        <source>The virtual machine is not running (power state &quot;%1&quot;); start it with Start-EflowVm, then provision again.</source>
        <translation>仮想マシンが実行されていません (電源状態 &quot;%1&quot;)。Start-EflowVm で起動してから、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>Provision the device (Provision-EflowVm)</source>
        <translation>デバイスのプロビジョニング (Provision-EflowVm)</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>プロビジョニング</translation>
    </message>
    <message>
        <source>No key was given for provisioning.</source>
        <translation>プロビジョニング用のキーが指定されていません。</translation>
    </message>
    <message>
        <source>Wait for the IoT Edge runtime to start</source>
        <translation>IoT Edge ランタイムの起動待機</translation>
    </message>
    <message>
        <source>edgeAgent was not running %1 seconds after provisioning.</source>
        <translation>プロビジョニングから %1 秒経過しても edgeAgent が実行されていませんでした。</translation>
    </message>
    <message>
        <source>edgeAgent is running (%1).</source>
        <translation>edgeAgent は実行中です (%1)。</translation>
    </message>
    <message>
        <source>edgeAgent is not running yet; asking again in %1 seconds.</source>
        <translation>edgeAgent はまだ実行されていません。%1 秒後にもう一度確認します。</translation>
    </message>
    <message>
        <source>Read the virtual machine&apos;s status</source>
        <translation>仮想マシンの状態の読み取り</translation>
    </message>
    <message>
        <source>Read the IoT Edge module list</source>
        <translation>IoT Edge モジュール一覧の読み取り</translation>
    </message>
    <message>
        <source>Read the IoT Edge service status</source>
        <translation>IoT Edge サービスの状態の読み取り</translation>
    </message>
    <message>
        <source>Run iotedge check</source>
        <translation>iotedge check の実行</translation>
    </message>
    <message>
        <source>Azure IoT Edge is installed, but Windows must restart before EFLOW can be deployed. Restart the target device, then run the deployment again: it continues from here.</source>
        <translation>Azure IoT Edge はインストールされましたが、EFLOW をデプロイする前に Windows を再起動する必要があります。ターゲット デバイスを再起動してから、デプロイをもう一度実行してください。ここから続行されます。</translation>
    </message>
    <message>
        <source>DPS rejected the key for registration ID %1.</source>
        <translation>DPS が登録 ID %1 のキーを拒否しました。</translation>
    </message>
    <message>
        <source>Check the enrollment group&apos;s key and the registration ID (it is case-sensitive): the device key is derived from both. Then provision again.</source>
        <translation>登録グループのキーと登録 ID (大文字と小文字が区別されます) を確認してください。デバイス キーはこの両方から派生します。その後、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>Check the key: it must be the individual enrollment&apos;s primary or secondary key for this registration ID. Then provision again.</source>
        <translation>キーを確認してください。この登録 ID の個別登録の主キーまたはセカンダリ キーである必要があります。その後、もう一度プロビジョニングしてください。</translation>
    </message>
    <message>
        <source>There is no EFLOW virtual machine on this host.</source>
        <translation>このホストには EFLOW 仮想マシンがありません。</translation>
    </message>
    <message>
        <source>Set the IoT Edge proxy in the virtual machine</source>
        <translation>仮想マシンでの IoT Edge のプロキシの設定</translation>
    </message>
</context>
<context>
    <name>HostOperation</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 が %2 秒以内に完了しなかったため、停止しました。</translation>
    </message>
</context>
<context>
    <name>HostReport</name>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>サポート対象</translation>
    </message>
    <message>
        <source>Supported after the actions above</source>
        <translation>上記の操作を行えばサポート対象</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>サポート対象外</translation>
    </message>
    <message>
        <source>Could not be evaluated</source>
        <translation>評価できませんでした</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>, build %1</source>
        <translation>、ビルド %1</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>空き %1 / %2</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>論理プロセッサ</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>ディスク %1</translation>
    </message>
    <message>
        <source>Hyper-V</source>
        <translation>Hyper-V</translation>
    </message>
    <message>
        <source>Hypervisor running</source>
        <translation>ハイパーバイザーの実行</translation>
    </message>
    <message>
        <source>Firmware virtualization</source>
        <translation>ファームウェアの仮想化</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>はい (%1)</translation>
    </message>
    <message>
        <source>Virtual switches</source>
        <translation>仮想スイッチ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, host %1/%2</source>
        <translation>、ホスト %1/%2</translation>
    </message>
    <message>
        <source>, NAT</source>
        <translation>、NAT</translation>
    </message>
    <message>
        <source>, no NAT</source>
        <translation>、NAT なし</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>仮想スイッチ</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>DDA</source>
        <translation>DDA</translation>
    </message>
    <message>
        <source>GPU-PV</source>
        <translation>GPU-PV</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>%1 %2, execution policy %3</source>
        <translation>%1 %2、実行ポリシー %3</translation>
    </message>
    <message>
        <source>EFLOW installed</source>
        <translation>EFLOW のインストール</translation>
    </message>
    <message>
        <source>EFLOW virtual machine</source>
        <translation>EFLOW 仮想マシン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>Windows must restart before EFLOW can be deployed.</source>
        <translation>EFLOW をデプロイする前に Windows を再起動する必要があります。</translation>
    </message>
    <message>
        <source>the module list could not be read</source>
        <translation>モジュール一覧を読み取れませんでした</translation>
    </message>
    <message>
        <source>edgeAgent is not running</source>
        <translation>edgeAgent が実行されていません</translation>
    </message>
    <message>
        <source>the IoT Edge service is %1</source>
        <translation>IoT Edge サービスは %1 です</translation>
    </message>
    <message>
        <source>the IoT Edge service status could not be read</source>
        <translation>IoT Edge サービスの状態を読み取れませんでした</translation>
    </message>
    <message>
        <source>an IoT Edge system service is down</source>
        <translation>IoT Edge のシステム サービスが停止しています</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>電源の状態</translation>
    </message>
    <message>
        <source>IoT Edge</source>
        <translation>IoT Edge</translation>
    </message>
    <message>
        <source>%1 used of %2</source>
        <translation>使用 %1 / %2</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Virtual machine: %1</source>
        <translation>仮想マシン: %1</translation>
    </message>
    <message>
        <source>The module list, the service status and iotedge check need the virtual machine.</source>
        <translation>モジュール一覧、サービスの状態、iotedge check には仮想マシンが必要です。</translation>
    </message>
    <message>
        <source>IoT Edge Module List</source>
        <translation>IoT Edge モジュール一覧</translation>
    </message>
    <message>
        <source>IoT Edge Status</source>
        <translation>IoT Edge の状態</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (%2 以降)</translation>
    </message>
    <message>
        <source>System services (iotedge system status):</source>
        <translation>システム サービス (iotedge system status):</translation>
    </message>
    <message>
        <source>iotedge check: %1 OK, %2, %3</source>
        <translation>iotedge check: OK %1 件、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>iotedge check: %1</source>
        <translation>iotedge check: %1</translation>
    </message>
</context>
<context>
    <name>HostRequirements</name>
    <message>
        <source>%1 was not reported, so this could not be checked.</source>
        <extracomment>%1 names the fact, e.g. &quot;the Windows build number&quot;</extracomment>
        <translation>%1 が報告されなかったため、確認できませんでした。</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Windows エディション</translation>
    </message>
    <message>
        <source>Required feature &apos;Microsoft-Hyper-V-Hypervisor&apos; is not available in this Windows edition (%1).</source>
        <translation>必要な機能 &apos;Microsoft-Hyper-V-Hypervisor&apos; は、この Windows エディション (%1) では使用できません。</translation>
    </message>
    <message>
        <source>unnamed edition</source>
        <translation>名前のないエディション</translation>
    </message>
    <message>
        <source>Required feature &apos;Microsoft-Hyper-V-Hypervisor&apos; is not available in this Windows edition (%1, SKU %2).</source>
        <translation>必要な機能 &apos;Microsoft-Hyper-V-Hypervisor&apos; は、この Windows エディション (%1、SKU %2) では使用できません。</translation>
    </message>
    <message>
        <source>Upgrade to Windows 10 or 11 Pro, Enterprise or IoT Enterprise, or use Windows Server 2019 or 2022.</source>
        <translation>Windows 10 または 11 の Pro、Enterprise、IoT Enterprise にアップグレードするか、Windows Server 2019 または 2022 を使用してください。</translation>
    </message>
    <message>
        <source>The Windows edition</source>
        <translation>Windows エディション</translation>
    </message>
    <message>
        <source>%1 is a server edition; EFLOW supports Windows Server 2019 and 2022.</source>
        <translation>%1 はサーバー エディションです。EFLOW は Windows Server 2019 と 2022 をサポートしています。</translation>
    </message>
    <message>
        <source>%1: the product type and SKU were not reported, so the edition could not be confirmed.</source>
        <translation>%1: 製品の種類と SKU が報告されなかったため、エディションを確認できませんでした。</translation>
    </message>
    <message>
        <source>%1 has Hyper-V; EFLOW supports Pro, Enterprise and IoT Enterprise.</source>
        <translation>%1 には Hyper-V があります。EFLOW は Pro、Enterprise、IoT Enterprise をサポートしています。</translation>
    </message>
    <message>
        <source>%1 (SKU %2) has Hyper-V; EFLOW supports Pro, Enterprise and IoT Enterprise.</source>
        <translation>%1 (SKU %2) には Hyper-V があります。EFLOW は Pro、Enterprise、IoT Enterprise をサポートしています。</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Windows バージョン</translation>
    </message>
    <message>
        <source>The Windows build number</source>
        <translation>Windows ビルド番号</translation>
    </message>
    <message>
        <source>Windows build %1 is older than build %2 (Windows 10 1809 / Windows Server 2019), the oldest that EFLOW supports.</source>
        <translation>Windows ビルド %1 は、EFLOW がサポートする最も古いビルド %2 (Windows 10 1809 / Windows Server 2019) より古いバージョンです。</translation>
    </message>
    <message>
        <source>Upgrade Windows to build %1 or later and install the latest cumulative updates.</source>
        <translation>Windows をビルド %1 以降にアップグレードし、最新の累積更新プログラムをインストールしてください。</translation>
    </message>
    <message>
        <source>Windows build %1 meets the minimum %2; it needs the latest cumulative updates for the host network service.</source>
        <translation>Windows ビルド %1 は最小要件 %2 を満たしていますが、Host Network Service のために最新の累積更新プログラムが必要です。</translation>
    </message>
    <message>
        <source>Windows build %1 meets the minimum %2.</source>
        <translation>Windows ビルド %1 は最小要件 %2 を満たしています。</translation>
    </message>
    <message>
        <source>Processor architecture</source>
        <translation>プロセッサ アーキテクチャ</translation>
    </message>
    <message>
        <source>The processor architecture</source>
        <translation>プロセッサ アーキテクチャ</translation>
    </message>
    <message>
        <source>%1 is supported by every EFLOW release.</source>
        <translation>%1 はすべての EFLOW リリースでサポートされています。</translation>
    </message>
    <message>
        <source>EFLOW %1 exists for x64 (AMD64) only; this computer is ARM64.</source>
        <translation>EFLOW %1 は x64 (AMD64) 専用ですが、このコンピューターは ARM64 です。</translation>
    </message>
    <message>
        <source>Choose EFLOW 1.4 LTS or 1.5 LTS, which have ARM64 installers.</source>
        <translation>ARM64 用インストーラーがある EFLOW 1.4 LTS または 1.5 LTS を選択してください。</translation>
    </message>
    <message>
        <source>ARM64 is supported by EFLOW %1.</source>
        <translation>ARM64 は EFLOW %1 でサポートされています。</translation>
    </message>
    <message>
        <source>Processor architecture %1 is not supported; EFLOW needs x64 (AMD64) or ARM64.</source>
        <translation>プロセッサ アーキテクチャ %1 はサポートされていません。EFLOW には x64 (AMD64) または ARM64 が必要です。</translation>
    </message>
    <message>
        <source>Use a 64-bit Windows installation.</source>
        <translation>64 ビット版の Windows を使用してください。</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>管理者権限</translation>
    </message>
    <message>
        <source>The PowerShell session runs with administrator rights.</source>
        <translation>PowerShell セッションは管理者権限で実行されています。</translation>
    </message>
    <message>
        <source>The PowerShell session does not run with administrator rights; the AzureEFLOW module requires an elevated session.</source>
        <translation>PowerShell セッションが管理者権限で実行されていません。AzureEFLOW モジュールには管理者特権のセッションが必要です。</translation>
    </message>
    <message>
        <source>Run EFLOW Wizard as administrator, or connect to the host with an account in the Administrators group.</source>
        <translation>EFLOW Wizard を管理者として実行するか、Administrators グループのアカウントでホストに接続してください。</translation>
    </message>
    <message>
        <source>Windows PowerShell</source>
        <translation>Windows PowerShell</translation>
    </message>
    <message>
        <source>(version not reported)</source>
        <translation>(バージョンの報告なし)</translation>
    </message>
    <message>
        <source>The PowerShell edition</source>
        <translation>PowerShell のエディション</translation>
    </message>
    <message>
        <source>PowerShell %1 (Core) is not supported by the AzureEFLOW module; it needs Windows PowerShell 5.1.</source>
        <translation>PowerShell %1 (Core) は AzureEFLOW モジュールでサポートされていません。Windows PowerShell 5.1 が必要です。</translation>
    </message>
    <message>
        <source>Use powershell.exe (Windows PowerShell 5.1) instead of pwsh.exe.</source>
        <translation>pwsh.exe ではなく powershell.exe (Windows PowerShell 5.1) を使用してください。</translation>
    </message>
    <message>
        <source>Windows PowerShell %1 (%2) can run the AzureEFLOW module.</source>
        <translation>Windows PowerShell %1 (%2) で AzureEFLOW モジュールを実行できます。</translation>
    </message>
    <message>
        <source>PowerShell execution policy</source>
        <translation>PowerShell 実行ポリシー</translation>
    </message>
    <message>
        <source>The execution policy</source>
        <translation>実行ポリシー</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>空きメモリ</translation>
    </message>
    <message>
        <source>The free memory</source>
        <translation>空きメモリ</translation>
    </message>
    <message>
        <source>%1 MB of memory is free; EFLOW needs at least %2 MB free.</source>
        <translation>空きメモリは %1 MB です。EFLOW には少なくとも %2 MB の空きが必要です。</translation>
    </message>
    <message>
        <source>Close applications or stop other virtual machines to free memory.</source>
        <translation>アプリケーションを閉じるか、他の仮想マシンを停止して、メモリを解放してください。</translation>
    </message>
    <message>
        <source>%1 MB of memory is free; the VM is set to use %2 MB.</source>
        <translation>空きメモリは %1 MB ですが、VM は %2 MB を使用するように設定されています。</translation>
    </message>
    <message>
        <source>Choose at most %1 MB for the VM, or free memory on the host.</source>
        <translation>VM のメモリを %1 MB 以下にするか、ホストのメモリを解放してください。</translation>
    </message>
    <message>
        <source>%1 MB of memory is free; the VM needs %2 MB.</source>
        <translation>空きメモリは %1 MB で、VM には %2 MB が必要です。</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>プロセッサ</translation>
    </message>
    <message>
        <source>The number of logical processors</source>
        <translation>論理プロセッサの数</translation>
    </message>
    <message>
        <source>The VM is set to use %1 processors; this computer has %2 logical processors.</source>
        <translation>VM は %1 個のプロセッサを使用するように設定されていますが、このコンピューターの論理プロセッサは %2 個です。</translation>
    </message>
    <message>
        <source>Choose at most %1 processors for the VM.</source>
        <translation>VM のプロセッサを %1 個以下にしてください。</translation>
    </message>
    <message>
        <source>%1 logical processors; the VM uses %2.</source>
        <translation>論理プロセッサ %1 個。VM は %2 個を使用します。</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>ディスクの空き領域</translation>
    </message>
    <message>
        <source>The free space on drive %1</source>
        <translation>ドライブ %1 の空き領域</translation>
    </message>
    <message>
        <source>Drive %1 has %2 GB free; the VM&apos;s virtual disk needs %3 GB.</source>
        <extracomment>%1 drive, %2 and %3 sizes in GB with one decimal</extracomment>
        <translation>ドライブ %1 の空き領域は %2 GB ですが、VM の仮想ディスクには %3 GB が必要です。</translation>
    </message>
    <message>
        <source>Free space on drive %1, choose a smaller disk, or put the VHDX folder on another drive.</source>
        <translation>ドライブ %1 の空き領域を増やすか、より小さいディスクを選択するか、VHDX フォルダーを別のドライブに配置してください。</translation>
    </message>
    <message>
        <source>Hyper-V role</source>
        <translation>Hyper-V の役割</translation>
    </message>
    <message>
        <source>Hyper-V feature</source>
        <translation>Hyper-V 機能</translation>
    </message>
    <message>
        <source>Hyper-V is not available on this Windows installation (%1).</source>
        <translation>この Windows インストール (%1) では Hyper-V を使用できません。</translation>
    </message>
    <message>
        <source>Use a Windows edition with Hyper-V: Pro, Enterprise, IoT Enterprise or Server.</source>
        <translation>Hyper-V を含む Windows エディション (Pro、Enterprise、IoT Enterprise、Server) を使用してください。</translation>
    </message>
    <message>
        <source>The wizard enables it with %1; Windows must restart afterwards.</source>
        <translation>ウィザードが %1 で有効にします。その後、Windows を再起動する必要があります。</translation>
    </message>
    <message>
        <source>The wizard enables it with %1 and Enable-WindowsOptionalFeature -Online -FeatureName VirtualMachinePlatform; Windows must restart afterwards.</source>
        <translation>ウィザードが %1 と Enable-WindowsOptionalFeature -Online -FeatureName VirtualMachinePlatform で有効にします。その後、Windows を再起動する必要があります。</translation>
    </message>
    <message>
        <source>Hyper-V is not fully enabled (Hyper-V: %1, management PowerShell: %2).</source>
        <translation>Hyper-V が完全には有効になっていません (Hyper-V: %1、管理用 PowerShell: %2)。</translation>
    </message>
    <message>
        <source>Hyper-V has been enabled, but Windows has not restarted since.</source>
        <translation>Hyper-V は有効になりましたが、その後 Windows が再起動されていません。</translation>
    </message>
    <message>
        <source>Restart Windows, then run the check again.</source>
        <translation>Windows を再起動してから、もう一度チェックを実行してください。</translation>
    </message>
    <message>
        <source>The state of Hyper-V</source>
        <translation>Hyper-V の状態</translation>
    </message>
    <message>
        <source>Hyper-V is enabled; the state of its management tools could not be checked.</source>
        <translation>Hyper-V は有効ですが、管理ツールの状態を確認できませんでした。</translation>
    </message>
    <message>
        <source>Hyper-V and its PowerShell module are enabled.</source>
        <translation>Hyper-V とその PowerShell モジュールは有効です。</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM on its Hyper-V host (Set-VMProcessor -VMName &lt;vm&gt; -ExposeVirtualizationExtensions $true, with the VM off), or expose hardware-assisted virtualization to the guest in VMware; on Azure choose a VM size that supports nested virtualization.</source>
        <translation>この VM の Hyper-V ホストで入れ子になった仮想化を有効にする (VM を停止した状態で Set-VMProcessor -VMName &lt;vm&gt; -ExposeVirtualizationExtensions $true) か、VMware でハードウェア支援による仮想化をゲストに公開してください。Azure では、入れ子になった仮想化をサポートする VM サイズを選択してください。</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>ハイパーバイザー</translation>
    </message>
    <message>
        <source>The Windows hypervisor is running.</source>
        <translation>Windows ハイパーバイザーは実行中です。</translation>
    </message>
    <message>
        <source>The hypervisor is not running inside this virtual machine (HyperVisorPresent is false).</source>
        <translation>この仮想マシン内ではハイパーバイザーが実行されていません (HyperVisorPresent が false)。</translation>
    </message>
    <message>
        <source>Virtualization is turned off in the firmware (HyperVRequirementVirtualizationFirmwareEnabled is false).</source>
        <translation>ファームウェアで仮想化が無効になっています (HyperVRequirementVirtualizationFirmwareEnabled が false)。</translation>
    </message>
    <message>
        <source>Turn on Intel VT-x or AMD-V (SVM) in the BIOS/UEFI settings, then start Windows again.</source>
        <translation>BIOS/UEFI の設定で Intel VT-x または AMD-V (SVM) を有効にしてから、Windows をもう一度起動してください。</translation>
    </message>
    <message>
        <source>The processor has no second level address translation (SLAT), which Hyper-V requires.</source>
        <translation>プロセッサに、Hyper-V に必要な第 2 レベル アドレス変換 (SLAT) がありません。</translation>
    </message>
    <message>
        <source>Use a computer whose processor supports SLAT (Intel EPT or AMD RVI).</source>
        <translation>SLAT (Intel EPT または AMD RVI) をサポートするプロセッサを搭載したコンピューターを使用してください。</translation>
    </message>
    <message>
        <source>Hyper-V is enabled but the hypervisor is not running (HyperVisorPresent is false).</source>
        <translation>Hyper-V は有効ですが、ハイパーバイザーが実行されていません (HyperVisorPresent が false)。</translation>
    </message>
    <message>
        <source>Run bcdedit /set hypervisorlaunchtype auto in an elevated prompt, check that virtualization is on in the BIOS/UEFI settings, and restart Windows.</source>
        <translation>管理者特権のプロンプトで bcdedit /set hypervisorlaunchtype auto を実行し、BIOS/UEFI の設定で仮想化が有効になっていることを確認してから、Windows を再起動してください。</translation>
    </message>
    <message>
        <source>Virtualization is on in the firmware; the hypervisor starts once Hyper-V is enabled and Windows has restarted.</source>
        <translation>ファームウェアで仮想化は有効です。Hyper-V を有効にして Windows を再起動すると、ハイパーバイザーが起動します。</translation>
    </message>
    <message>
        <source>Whether the hypervisor runs or virtualization is on in the firmware</source>
        <translation>ハイパーバイザーの実行状態とファームウェアの仮想化設定</translation>
    </message>
    <message>
        <source>Hyper-V services</source>
        <translation>Hyper-V サービス</translation>
    </message>
    <message>
        <source>Hyper-V core services are not installed: %1.</source>
        <translation>Hyper-V のコア サービスがインストールされていません: %1。</translation>
    </message>
    <message>
        <source>Turn Hyper-V off and on again in Windows Features (or reinstall the role), then restart Windows.</source>
        <translation>[Windows の機能] で Hyper-V をいったんオフにしてからもう一度オンにし (または役割を再インストールし)、Windows を再起動してください。</translation>
    </message>
    <message>
        <source>Hyper-V core services are not running: %1.</source>
        <translation>Hyper-V のコア サービスが実行されていません: %1。</translation>
    </message>
    <message>
        <source>Start them with Start-Service %1.</source>
        <translation>Start-Service %1 で開始してください。</translation>
    </message>
    <message>
        <source>The state of %1</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <source>vmms, vmcompute and hvhost are running.</source>
        <translation>vmms、vmcompute、hvhost は実行中です。</translation>
    </message>
    <message>
        <source>Virtual machine host</source>
        <translation>仮想マシン ホスト</translation>
    </message>
    <message>
        <source>This computer is not a virtual machine.</source>
        <translation>このコンピューターは仮想マシンではありません。</translation>
    </message>
    <message>
        <source>an unknown hypervisor</source>
        <translation>不明なハイパーバイザー</translation>
    </message>
    <message>
        <source>This computer is a virtual machine on %1 without nested virtualization; EFLOW cannot start its VM.</source>
        <translation>このコンピューターは、入れ子になった仮想化が無効な %1 上の仮想マシンです。EFLOW は VM を起動できません。</translation>
    </message>
    <message>
        <source>This computer is a virtual machine on %1; whether nested virtualization is on could not be checked.</source>
        <translation>このコンピューターは %1 上の仮想マシンです。入れ子になった仮想化が有効かどうかを確認できませんでした。</translation>
    </message>
    <message>
        <source>This is an Azure VM with nested virtualization. Azure VMs cannot use an External switch; EFLOW needs an Internal switch with NAT.</source>
        <translation>これは入れ子になった仮想化が有効な Azure VM です。Azure VM では外部スイッチを使用できないため、EFLOW には NAT 付きの内部スイッチが必要です。</translation>
    </message>
    <message>
        <source>Use (or let the wizard create) an Internal switch with NAT.</source>
        <translation>NAT 付きの内部スイッチを使用してください (ウィザードで作成することもできます)。</translation>
    </message>
    <message>
        <source>This computer is a virtual machine on %1 with nested virtualization. EFLOW runs, but GPU passthrough is not possible and External switches need MAC spoofing or promiscuous mode on the outer host.</source>
        <translation>このコンピューターは、入れ子になった仮想化が有効な %1 上の仮想マシンです。EFLOW は動作しますが、GPU パススルーは使用できません。また、外部スイッチには外側のホストで MAC アドレスのスプーフィングまたはプロミスキャス モードが必要です。</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>仮想スイッチ</translation>
    </message>
    <message>
        <source>Add NAT for the switch&apos;s subnet: New-NetNat -Name &quot;&lt;switch&gt;-NAT&quot; -InternalIPInterfaceAddressPrefix &lt;subnet&gt;/&lt;prefix&gt;.</source>
        <translation>スイッチのサブネットに NAT を追加してください: New-NetNat -Name &quot;&lt;switch&gt;-NAT&quot; -InternalIPInterfaceAddressPrefix &lt;subnet&gt;/&lt;prefix&gt;。</translation>
    </message>
    <message>
        <source>A virtual switch named &apos;%1&apos; already exists, so it cannot be created again.</source>
        <translation>&apos;%1&apos; という名前の仮想スイッチが既に存在するため、もう一度作成することはできません。</translation>
    </message>
    <message>
        <source>Choose the existing switch, or give the new switch another name.</source>
        <translation>既存のスイッチを選択するか、新しいスイッチに別の名前を付けてください。</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; does not exist yet; the wizard will create it with host address %2/%3 and NAT.</source>
        <translation>内部スイッチ &apos;%1&apos; はまだ存在しません。ウィザードがホスト アドレス %2/%3 と NAT を使用して作成します。</translation>
    </message>
    <message>
        <source>Nothing to do: the wizard creates the switch before deploying.</source>
        <translation>対処は不要です。ウィザードがデプロイ前にスイッチを作成します。</translation>
    </message>
    <message>
        <source>Windows Server has no Default Switch; EFLOW needs a named switch, and none was chosen.</source>
        <translation>Windows Server には Default Switch がありません。EFLOW には名前付きのスイッチが必要ですが、選択されていません。</translation>
    </message>
    <message>
        <source>Choose one of the existing switches (%1), or let the wizard create an Internal switch with NAT.</source>
        <translation>既存のスイッチ (%1) のいずれかを選択するか、NAT 付きの内部スイッチをウィザードで作成してください。</translation>
    </message>
    <message>
        <source>Windows Server has no Default Switch and this host has no usable virtual switch.</source>
        <translation>Windows Server には Default Switch がなく、このホストには使用可能な仮想スイッチがありません。</translation>
    </message>
    <message>
        <source>Let the wizard create an Internal switch with NAT, or create an External switch with New-VMSwitch.</source>
        <translation>NAT 付きの内部スイッチをウィザードで作成するか、New-VMSwitch で外部スイッチを作成してください。</translation>
    </message>
    <message>
        <source>The &apos;Default Switch&apos; appears once Hyper-V is enabled and Windows has restarted.</source>
        <translation>&apos;Default Switch&apos; は、Hyper-V を有効にして Windows を再起動すると表示されます。</translation>
    </message>
    <message>
        <source>Nothing to do: enabling Hyper-V brings the Default Switch.</source>
        <translation>対処は不要です。Hyper-V を有効にすると Default Switch が作成されます。</translation>
    </message>
    <message>
        <source>No virtual switch was chosen and this computer has no &apos;Default Switch&apos;.</source>
        <translation>仮想スイッチが選択されておらず、このコンピューターには &apos;Default Switch&apos; がありません。</translation>
    </message>
    <message>
        <source>Choose an External switch, or restart the Host Network Service to bring the Default Switch back.</source>
        <translation>外部スイッチを選択するか、Host Network Service を再起動して Default Switch を復元してください。</translation>
    </message>
    <message>
        <source>Cannot set a static IP address on the Default Switch: it always uses DHCP.</source>
        <translation>Default Switch には静的 IP アドレスを設定できません。常に DHCP が使用されます。</translation>
    </message>
    <message>
        <source>Use DHCP, or choose an External switch for a static address.</source>
        <translation>DHCP を使用してください。静的アドレスを使用する場合は外部スイッチを選択してください。</translation>
    </message>
    <message>
        <source>The VM uses the &apos;Default Switch&apos; with DHCP.</source>
        <translation>VM は &apos;Default Switch&apos; を DHCP で使用します。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; was not found on this host; switches found: %2.</source>
        <translation>仮想スイッチ &apos;%1&apos; がこのホストで見つかりませんでした。見つかったスイッチ: %2。</translation>
    </message>
    <message>
        <source>Choose one of the existing switches, or create the switch first.</source>
        <translation>既存のスイッチのいずれかを選択するか、先にスイッチを作成してください。</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; is a Private switch; EFLOW supports Internal and External switches only.</source>
        <translation>仮想スイッチ &apos;%1&apos; はプライベート スイッチです。EFLOW は内部スイッチと外部スイッチのみをサポートしています。</translation>
    </message>
    <message>
        <source>Choose an Internal or External switch.</source>
        <translation>内部スイッチまたは外部スイッチを選択してください。</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; is of type %2, but %3 was chosen.</source>
        <translation>仮想スイッチ &apos;%1&apos; の種類は %2 ですが、%3 が選択されています。</translation>
    </message>
    <message>
        <source>Choose the switch type %1.</source>
        <translation>スイッチの種類 %1 を選択してください。</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; is External; Azure VMs cannot use External switches.</source>
        <translation>仮想スイッチ &apos;%1&apos; は外部スイッチです。Azure VM では外部スイッチを使用できません。</translation>
    </message>
    <message>
        <source>Use an Internal switch with NAT.</source>
        <translation>NAT 付きの内部スイッチを使用してください。</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; is not supported on Windows client editions; use the Default Switch or an External switch.</source>
        <translation>内部スイッチ &apos;%1&apos; は Windows のクライアント エディションではサポートされていません。Default Switch または外部スイッチを使用してください。</translation>
    </message>
    <message>
        <source>Choose the Default Switch or an External switch.</source>
        <translation>Default Switch または外部スイッチを選択してください。</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; has no NAT, so the VM could not reach the internet.</source>
        <translation>内部スイッチ &apos;%1&apos; には NAT がないため、VM はインターネットに接続できません。</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; (host %2/%3) has NAT but no DHCP server is known; without one the VM gets no address.</source>
        <translation>内部スイッチ &apos;%1&apos; (ホスト %2/%3) には NAT がありますが、DHCP サーバーが不明です。DHCP サーバーがないと VM はアドレスを取得できません。</translation>
    </message>
    <message>
        <source>Use a static IP address in %1/%2, or set up a DHCP scope for the switch.</source>
        <translation>%1/%2 の範囲の静的 IP アドレスを使用するか、スイッチの DHCP スコープを設定してください。</translation>
    </message>
    <message>
        <source>The Internal switch &apos;%1&apos; (host %2/%3) has NAT.</source>
        <translation>内部スイッチ &apos;%1&apos; (ホスト %2/%3) には NAT があります。</translation>
    </message>
    <message>
        <source>The External switch &apos;%1&apos; is bound to %2.</source>
        <translation>外部スイッチ &apos;%1&apos; は %2 にバインドされています。</translation>
    </message>
    <message>
        <source>an unnamed adapter</source>
        <translation>名前のないアダプター</translation>
    </message>
    <message>
        <source>The virtual switch &apos;%1&apos; exists.</source>
        <translation>仮想スイッチ &apos;%1&apos; は存在します。</translation>
    </message>
    <message>
        <source>GPU passthrough</source>
        <translation>GPU パススルー</translation>
    </message>
    <message>
        <source>No GPU passthrough was chosen.</source>
        <translation>GPU パススルーは選択されていません。</translation>
    </message>
    <message>
        <source>GPU passthrough is not supported when EFLOW runs inside a virtual machine (nested virtualization).</source>
        <translation>EFLOW が仮想マシン内で実行される場合 (入れ子になった仮想化)、GPU パススルーはサポートされていません。</translation>
    </message>
    <message>
        <source>Deploy without GPU passthrough, or use a physical host.</source>
        <translation>GPU パススルーなしでデプロイするか、物理ホストを使用してください。</translation>
    </message>
    <message>
        <source>GPU &apos;%1&apos; is not on this host; GPUs found: %2.</source>
        <translation>GPU &apos;%1&apos; はこのホストにありません。見つかった GPU: %2。</translation>
    </message>
    <message>
        <source>Choose the GPU name exactly as Windows reports it.</source>
        <translation>Windows が報告するとおりに GPU 名を正確に選択してください。</translation>
    </message>
    <message>
        <source>Unsupported DDA type: %1. Direct Device Assignment supports only NVIDIA Tesla T4 and A2.</source>
        <translation>サポートされていない DDA の種類です: %1。Direct Device Assignment は NVIDIA Tesla T4 と A2 のみをサポートしています。</translation>
    </message>
    <message>
        <source>Use GPU paravirtualization for this GPU, or no passthrough.</source>
        <translation>この GPU には GPU 準仮想化を使用するか、パススルーを使用しないでください。</translation>
    </message>
    <message>
        <source>Not enough GPUs available: %1 requested, %2 &apos;%3&apos; found.</source>
        <translation>使用可能な GPU が不足しています: %1 個が要求されましたが、&apos;%3&apos; は %2 個しか見つかりませんでした。</translation>
    </message>
    <message>
        <source>Set the GPU count to at most %1.</source>
        <translation>GPU の数を %1 以下に設定してください。</translation>
    </message>
    <message>
        <source>%1 × &apos;%2&apos; can be assigned to the VM (Direct Device Assignment).</source>
        <translation>%1 × &apos;%2&apos; を VM に割り当てることができます (Direct Device Assignment)。</translation>
    </message>
    <message>
        <source>Consider installing the GPU vendor&apos;s mitigation driver on the host.</source>
        <translation>ホストに GPU ベンダーの軽減策ドライバーをインストールすることを検討してください。</translation>
    </message>
    <message>
        <source>GPU paravirtualization is supported on Windows 10 and 11 only, not on Windows Server.</source>
        <translation>GPU 準仮想化は Windows 10 と 11 でのみサポートされており、Windows Server ではサポートされていません。</translation>
    </message>
    <message>
        <source>Use Direct Device Assignment with an NVIDIA T4 or A2, or no passthrough.</source>
        <translation>NVIDIA T4 または A2 で Direct Device Assignment を使用するか、パススルーを使用しないでください。</translation>
    </message>
    <message>
        <source>The driver of &apos;%1&apos; (version %2) does not support GPU paravirtualization.</source>
        <translation>&apos;%1&apos; のドライバー (バージョン %2) は GPU 準仮想化をサポートしていません。</translation>
    </message>
    <message>
        <source>Install the GPU vendor&apos;s driver with WSL support (on Windows 10, also install WSL).</source>
        <translation>WSL をサポートする GPU ベンダーのドライバーをインストールしてください (Windows 10 では WSL もインストールしてください)。</translation>
    </message>
    <message>
        <source>The Windows update revision (UBR)</source>
        <translation>Windows 更新リビジョン (UBR)</translation>
    </message>
    <message>
        <source>GPU paravirtualization needs Windows 10 build %1.%2 or later, or Windows 11; this is build %3.%4.</source>
        <translation>GPU 準仮想化には Windows 10 ビルド %1.%2 以降または Windows 11 が必要ですが、このビルドは %3.%4 です。</translation>
    </message>
    <message>
        <source>Install Windows updates.</source>
        <translation>Windows 更新プログラムをインストールしてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; supports GPU paravirtualization on build %2.</source>
        <translation>&apos;%1&apos; はビルド %2 で GPU 準仮想化をサポートしています。</translation>
    </message>
    <message>
        <source>EFLOW installation</source>
        <translation>EFLOW のインストール</translation>
    </message>
    <message>
        <source>EFLOW is not installed; the wizard installs %1.</source>
        <translation>EFLOW はインストールされていません。ウィザードが %1 をインストールします。</translation>
    </message>
    <message>
        <source>Azure IoT Edge</source>
        <translation>Azure IoT Edge</translation>
    </message>
    <message>
        <source>%1 %2 is installed, but its release line could not be determined.</source>
        <translation>%1 %2 はインストールされていますが、リリース ラインを特定できませんでした。</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is installed; this plan uses %4, and two release lines cannot be installed together.</source>
        <translation>%1 %2 (%3) がインストールされています。このプランでは %4 を使用しますが、2 つのリリース ラインを同時にインストールすることはできません。</translation>
    </message>
    <message>
        <source>Uninstall &apos;%1&apos; (Settings &gt; Apps, or msiexec /x), or choose %2 in the settings.</source>
        <translation>&apos;%1&apos; をアンインストールする ([設定] &gt; [アプリ]、または msiexec /x) か、設定で %2 を選択してください。</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is already installed; the install step is skipped.</source>
        <translation>%1 %2 (%3) は既にインストールされています。インストール手順はスキップされます。</translation>
    </message>
    <message>
        <source>EFLOW virtual machine</source>
        <translation>EFLOW 仮想マシン</translation>
    </message>
    <message>
        <source>No EFLOW virtual machine exists yet.</source>
        <translation>EFLOW 仮想マシンはまだ存在しません。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>The EFLOW VM %1 is already deployed and provisioned; deploying is skipped.</source>
        <translation>EFLOW VM %1 は既にデプロイされ、プロビジョニングされています。デプロイはスキップされます。</translation>
    </message>
    <message>
        <source>Go on to the device overview, or uninstall EFLOW to start from scratch.</source>
        <translation>デバイスの概要に進むか、最初からやり直す場合は EFLOW をアンインストールしてください。</translation>
    </message>
    <message>
        <source>The EFLOW VM %1 is already deployed; deploying is skipped.</source>
        <translation>EFLOW VM %1 は既にデプロイされています。デプロイはスキップされます。</translation>
    </message>
    <message>
        <source>Go on to Connect to provision it, or uninstall EFLOW to deploy again.</source>
        <translation>[接続] に進んでプロビジョニングするか、もう一度デプロイする場合は EFLOW をアンインストールしてください。</translation>
    </message>
    <message>
        <source>Unsupported: %1</source>
        <extracomment>WAC&apos;s wording; %1 is the first failure&apos;s sentence</extracomment>
        <translation>サポート対象外: %1</translation>
    </message>
    <message>
        <source>Unknown: the host did not report enough to be checked.</source>
        <translation>不明: ホストから確認に必要な情報が十分に報告されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Supported after %n action(s): %1</source>
        <extracomment>%n is the number of actions, %1 the first one&apos;s sentence</extracomment>
        <translation>
            <numerusform>%n 件の対応後にサポート対象: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supported; %n check(s) could not be made.</source>
        <translation>
            <numerusform>サポート対象。%n 件のチェックを実行できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>サポート対象</translation>
    </message>
    <message>
        <source>%1 %2 (release line %3) is installed. It is newer than the release lines this wizard knows and is handled as %4; the install step is skipped.</source>
        <translation>%1 %2 (リリース ライン %3) がインストールされています。このウィザードが認識しているリリース ラインより新しいため、%4 として扱われます。インストール手順はスキップされます。</translation>
    </message>
    <message>
        <source>an unknown scope</source>
        <translation>不明なスコープ</translation>
    </message>
    <message>
        <source>The wizard&apos;s PowerShell sessions run under %1 (set by %2), which lets the signed AzureEFLOW module load.</source>
        <extracomment>%1 policy, %2 the scope that sets it (MachinePolicy, Process, LocalMachine, …)</extracomment>
        <translation>ウィザードの PowerShell セッションは %1 (%2 で設定) で実行されるため、署名済みの AzureEFLOW モジュールを読み込むことができます。</translation>
    </message>
    <message>
        <source>A Group Policy sets it: ask its administrator to allow RemoteSigned on this host (Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Windows PowerShell &gt; Turn on Script Execution).</source>
        <translation>グループ ポリシーで設定されています。このホストで RemoteSigned を許可するよう、ポリシーの管理者に依頼してください ([コンピューターの構成] &gt; [管理用テンプレート] &gt; [Windows コンポーネント] &gt; [Windows PowerShell] &gt; [スクリプトの実行を有効にする])。</translation>
    </message>
    <message>
        <source>Run Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope LocalMachine -Force in an elevated Windows PowerShell.</source>
        <translation>管理者特権の Windows PowerShell で Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope LocalMachine -Force を実行してください。</translation>
    </message>
    <message>
        <source>The wizard&apos;s PowerShell sessions run under AllSigned (set by %1): Windows asks whether to trust the AzureEFLOW module&apos;s publisher, and a session without a console cannot answer, so the module does not load.</source>
        <translation>ウィザードの PowerShell セッションは AllSigned (%1 で設定) で実行されます。Windows は AzureEFLOW モジュールの発行元を信頼するかどうかを確認しますが、コンソールのないセッションでは応答できないため、モジュールが読み込まれません。</translation>
    </message>
    <message>
        <source>The wizard&apos;s PowerShell sessions run under %1 (set by %2), under which the AzureEFLOW module cannot load.</source>
        <translation>ウィザードの PowerShell セッションは %1 (%2 で設定) で実行されますが、この設定では AzureEFLOW モジュールを読み込むことができません。</translation>
    </message>
</context>
<context>
    <name>HostSession</name>
    <message>
        <source>A remote host is written ssh://USER@HOST or ssh://USER@HOST:PORT, not &quot;%1&quot; (no password: ssh uses your key or agent).</source>
        <translation>リモート ホストは ssh://USER@HOST または ssh://USER@HOST:PORT の形式で指定します (&quot;%1&quot; は無効です)。パスワードは不要です: ssh はキーまたはエージェントを使用します。</translation>
    </message>
    <message>
        <source>There is no demo host &quot;%1&quot;.</source>
        <translation>デモ ホスト &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>The demo&apos;s local DPS did not start: %1</source>
        <translation>デモのローカル DPS が起動しませんでした: %1</translation>
    </message>
    <message>
        <source>The demo host &quot;%1&quot; could not be created.</source>
        <translation>デモ ホスト &quot;%1&quot; を作成できませんでした。</translation>
    </message>
    <message>
        <source>No remote host was given.</source>
        <translation>リモート ホストが指定されていません。</translation>
    </message>
    <message>
        <source>This computer has no Windows PowerShell; choose a remote host or a demo host.</source>
        <translation>このコンピューターには Windows PowerShell がありません。リモート ホストまたはデモ ホストを選択してください。</translation>
    </message>
    <message>
        <source>No target device was chosen.</source>
        <translation>ターゲット デバイスが選択されていません。</translation>
    </message>
    <message>
        <source>This build cannot open a host of this kind (%1).</source>
        <translation>このビルドでは、この種類のホストを開けません (%1)。</translation>
    </message>
    <message>
        <source>The host could not be opened.</source>
        <translation>ホストを開けませんでした。</translation>
    </message>
    <message>
        <source>The host in &quot;%1&quot; starts with &apos;-&apos;, which ssh would read as an option; a host name or address never does.</source>
        <extracomment>%1 the ssh:// text as typed</extracomment>
        <translation>&quot;%1&quot; のホストが &apos;-&apos; で始まっているため、ssh はオプションとして読み取ります。ホスト名やアドレスが &apos;-&apos; で始まることはありません。</translation>
    </message>
    <message>
        <source>The user in &quot;%1&quot; starts with &apos;-&apos;, which ssh would read as an option; write the Windows account name.</source>
        <extracomment>%1 the ssh:// text as typed</extracomment>
        <translation>&quot;%1&quot; のユーザーが &apos;-&apos; で始まっているため、ssh はオプションとして読み取ります。Windows のアカウント名を指定してください。</translation>
    </message>
    <message>
        <source>A demo machine is named with 1 to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit, not &quot;%1&quot;.</source>
        <extracomment>%1 the name as written</extracomment>
        <translation>デモ マシンの名前には、英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を 1 から 63 文字で、英字または数字で始まるように指定します (&quot;%1&quot; は無効です)。</translation>
    </message>
</context>
<context>
    <name>IotEdgeParsers</name>
    <message>
        <source>The output of &apos;iotedge list&apos; is empty.</source>
        <translation>&apos;iotedge list&apos; の出力が空です。</translation>
    </message>
    <message>
        <source>Expected the header &apos;NAME STATUS DESCRIPTION CONFIG&apos; of &apos;iotedge list&apos;, found: %1</source>
        <translation>&apos;iotedge list&apos; のヘッダー &apos;NAME STATUS DESCRIPTION CONFIG&apos; が必要ですが、次が見つかりました: %1</translation>
    </message>
    <message>
        <source>A module row of &apos;iotedge list&apos; has %1 columns instead of 4 (name, status, description, image); the output may be cut off: %2</source>
        <translation>&apos;iotedge list&apos; のモジュール行の列数が 4 (名前、状態、説明、イメージ) ではなく %1 です。出力が途中で切れている可能性があります: %2</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge check --output json&apos; contains no JSON object.</source>
        <translation>&apos;iotedge check --output json&apos; の出力に JSON オブジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>The JSON of &apos;iotedge check&apos; is malformed or cut off: %1</source>
        <translation>&apos;iotedge check&apos; の JSON の形式が不正か、途中で切れています: %1</translation>
    </message>
    <message>
        <source>The JSON of &apos;iotedge check&apos; is not an object.</source>
        <translation>&apos;iotedge check&apos; の JSON がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The JSON of &apos;iotedge check&apos; has no &quot;checks&quot; object.</source>
        <translation>&apos;iotedge check&apos; の JSON に &quot;checks&quot; オブジェクトがありません。</translation>
    </message>
    <message>
        <source>The check &apos;%1&apos; in the JSON of &apos;iotedge check&apos; has no result.</source>
        <translation>&apos;iotedge check&apos; の JSON のチェック &apos;%1&apos; に結果がありません。</translation>
    </message>
    <message>
        <source>Other checks</source>
        <translation>その他のチェック</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge check&apos; is empty.</source>
        <translation>&apos;iotedge check&apos; の出力が空です。</translation>
    </message>
    <message>
        <source>An indented message line of &apos;iotedge check&apos; follows no check: %1</source>
        <translation>&apos;iotedge check&apos; のインデントされたメッセージ行の前にチェックがありません: %1</translation>
    </message>
    <message>
        <source>A check of &apos;iotedge check&apos; appears before any section header: %1</source>
        <translation>&apos;iotedge check&apos; のチェックがセクション ヘッダーより前にあります: %1</translation>
    </message>
    <message>
        <source>A check line of &apos;iotedge check&apos; does not end in &apos; - OK&apos;, &apos; - Warning&apos; or &apos; - Error&apos;; the output may be cut off: %1</source>
        <translation>&apos;iotedge check&apos; のチェック行が &apos; - OK&apos;、&apos; - Warning&apos;、&apos; - Error&apos; のいずれでも終わっていません。出力が途中で切れている可能性があります: %1</translation>
    </message>
    <message>
        <source>A dashed underline of &apos;iotedge check&apos; has no section name above it.</source>
        <translation>&apos;iotedge check&apos; の破線の下線の上にセクション名がありません。</translation>
    </message>
    <message>
        <source>Unexpected line in the output of &apos;iotedge check&apos;: %1</source>
        <translation>&apos;iotedge check&apos; の出力に予期しない行があります: %1</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge check&apos; lists no checks.</source>
        <translation>&apos;iotedge check&apos; の出力にチェックが 1 つもありません。</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge check&apos; ends without its summary (&quot;N check(s) succeeded.&quot;); it was cut off.</source>
        <translation>&apos;iotedge check&apos; の出力が概要 (&quot;N check(s) succeeded.&quot;) なしで終わっています。途中で切れています。</translation>
    </message>
    <message>
        <source>The output of &apos;systemctl status&apos; is empty.</source>
        <translation>&apos;systemctl status&apos; の出力が空です。</translation>
    </message>
    <message>
        <source>&apos;systemctl status&apos; did not describe a unit: %1</source>
        <translation>&apos;systemctl status&apos; がユニットを表示しませんでした: %1</translation>
    </message>
    <message>
        <source>The Active: line of &apos;systemctl status&apos; is not readable: %1</source>
        <translation>&apos;systemctl status&apos; の Active: 行を読み取れません: %1</translation>
    </message>
    <message>
        <source>The output of &apos;systemctl status %1&apos; has no Active: line; it was cut off.</source>
        <translation>&apos;systemctl status %1&apos; の出力に Active: 行がありません。途中で切れています。</translation>
    </message>
    <message>
        <source>The output of &apos;iotedge system status&apos; is empty.</source>
        <translation>&apos;iotedge system status&apos; の出力が空です。</translation>
    </message>
    <message>
        <source>Expected &apos;System services:&apos; from &apos;iotedge system status&apos; (IoT Edge 1.2 or later), found: %1</source>
        <translation>&apos;iotedge system status&apos; (IoT Edge 1.2 以降) の出力に &apos;System services:&apos; が必要ですが、次が見つかりました: %1</translation>
    </message>
    <message>
        <source>A service row of &apos;iotedge system status&apos; has no state; the output may be cut off: %1</source>
        <translation>&apos;iotedge system status&apos; のサービス行に状態がありません。出力が途中で切れている可能性があります: %1</translation>
    </message>
    <message>
        <source>&apos;iotedge system status&apos; lists no services; the output was cut off.</source>
        <translation>&apos;iotedge system status&apos; にサービスが 1 つもありません。出力が途中で切れています。</translation>
    </message>
    <message>
        <source>The output of &apos;Get-EflowVm&apos; is empty.</source>
        <translation>&apos;Get-EflowVm&apos; の出力が空です。</translation>
    </message>
    <message>
        <source>The JSON of &apos;Get-EflowVm&apos; is malformed or cut off: %1</source>
        <translation>&apos;Get-EflowVm&apos; の JSON の形式が不正か、途中で切れています: %1</translation>
    </message>
    <message>
        <source>The JSON of &apos;Get-EflowVm&apos; is not a single object.</source>
        <translation>&apos;Get-EflowVm&apos; の JSON が単一のオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The JSON of &apos;Get-EflowVm&apos; has no %1 property; it is not Get-EflowVm output.</source>
        <translation>&apos;Get-EflowVm&apos; の JSON に %1 プロパティがありません。Get-EflowVm の出力ではありません。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: expected a string.</source>
        <extracomment>%1 is a key path, e.g. network.switchName or switches[2].kind</extracomment>
        <translation>%1: 文字列が必要です。</translation>
    </message>
    <message>
        <source>%1: expected true or false.</source>
        <translation>%1: true または false が必要です。</translation>
    </message>
    <message>
        <source>%1: expected a list of strings.</source>
        <translation>%1: 文字列のリストが必要です。</translation>
    </message>
    <message>
        <source>%1: expected an object.</source>
        <translation>%1: オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>schema: missing; expected %1.</source>
        <extracomment>%1 the schema version this program reads</extracomment>
        <translation>schema: 指定されていません。%1 が必要です。</translation>
    </message>
    <message>
        <source>schema: version %1 is not supported; expected %2.</source>
        <extracomment>%1 the schema version found, %2 the one this program reads</extracomment>
        <translation>schema: バージョン %1 はサポートされていません。%2 が必要です。</translation>
    </message>
    <message>
        <source>%1: expected a number.</source>
        <translation>%1: 数値が必要です。</translation>
    </message>
    <message>
        <source>%1: expected a whole number, got %2.</source>
        <translation>%1: 整数が必要ですが、%2 でした。</translation>
    </message>
    <message>
        <source>%1: expected a list.</source>
        <translation>%1: リストが必要です。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3.</source>
        <extracomment>%1 key path, %2 the value found, %3 the accepted words</extracomment>
        <translation>%1: 「%2」は %3 のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>--lang needs a language: de, ja or en (see --help)</source>
        <translation>--lang には言語を指定してください: de、ja、または en (--help を参照)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang: use de, ja or en</source>
        <translation>--lang の言語 &quot;%1&quot; は不明です。de、ja、または en を使用してください</translation>
    </message>
    <message>
        <source>Show every text in German (de), Japanese (ja) or English (en) instead of the system&apos;s language; also before or after a command.</source>
        <translation>すべてのテキストを、システムの言語ではなくドイツ語 (de)、日本語 (ja)、または英語 (en) で表示します。コマンドの前後どちらにも指定できます。</translation>
    </message>
</context>
<context>
    <name>LicenseTerms</name>
    <message>
        <source>The license terms from the host have a field &apos;%1&apos; of the wrong type.</source>
        <translation>ホストから取得したライセンス条項のフィールド「%1」の型が正しくありません。</translation>
    </message>
    <message>
        <source>Reading the license terms</source>
        <translation>ライセンス条項の読み取り</translation>
    </message>
</context>
<context>
    <name>LocalDpsStateValidator</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>state format version %1 is not supported (this version reads %2)</source>
        <translation>状態の形式バージョン %1 はサポートされていません (このバージョンが読み取れるのは %2 です)</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>文字列ではありません</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>empty operation ID</source>
        <translation>操作 ID が空です</translation>
    </message>
    <message>
        <source>the same ID as %1</source>
        <translation>%1 と同じ ID です</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>less than 0</source>
        <translation>0 未満です</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>true または false ではありません</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>base64 ではありません</translation>
    </message>
    <message>
        <source>%1 bytes; a key has %2 to %3</source>
        <translation>%1 バイトです。キーは %2 から %3 バイトです</translation>
    </message>
    <message numerus="yes">
        <source>larger than %n MiB</source>
        <translation>
            <numerusform>%n MiB を超えています</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>unknown command &quot;%1&quot;; commands: %2 (see --help)</source>
        <translation>不明なコマンド &quot;%1&quot;。コマンド: %2 (--help を参照)</translation>
    </message>
    <message>
        <source>Deploys Azure IoT Edge for Linux on Windows and provisions it through the Device Provisioning Service.

Commands (eflow-wizard COMMAND --help for each): %1

Without a display the wizard runs headless with --autopilot.</source>
        <translation>Azure IoT Edge for Linux on Windows をデプロイし、Device Provisioning Service を通じてプロビジョニングします。

コマンド (各コマンドのヘルプは eflow-wizard COMMAND --help): %1

ディスプレイがない場合、ウィザードは --autopilot によりヘッドレスで実行されます。</translation>
    </message>
    <message>
        <source>Walk every page with default choices and print what each page showed and what was chosen.</source>
        <translation>すべてのページを既定の選択で進み、各ページの表示内容と選択内容を出力します。</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (--help を参照)</translation>
    </message>
    <message>
        <source>No display found: walking the wizard headless (--autopilot).</source>
        <translation>ディスプレイが見つかりません: ウィザードをヘッドレスで実行します (--autopilot)。</translation>
    </message>
    <message>
        <source>Demo mode: nothing is installed on this computer.</source>
        <translation>デモ モード: このコンピューターには何もインストールされません。</translation>
    </message>
    <message>
        <source>--demo=%1: no such demo host; choose one of: %2</source>
        <translation>--demo=%1: そのようなデモ ホストはありません。次のいずれかを選択してください: %2</translation>
    </message>
    <message>
        <source>At the end, print the longest time the GUI thread could not answer (benchmark).</source>
        <translation>終了時に、GUI スレッドが応答できなかった最長時間を出力します (ベンチマーク)。</translation>
    </message>
    <message>
        <source>Quit once the first page is painted, printing the time since start and the peak memory (benchmark).</source>
        <translation>最初のページが描画された時点で終了し、起動からの時間とピーク メモリを出力します (ベンチマーク)。</translation>
    </message>
    <message>
        <source>Demo pace: 1 = like a real deploy (default with a window), 0 = instant (default for --autopilot).</source>
        <translation>デモの速度: 1 = 実際のデプロイと同程度 (ウィンドウ表示時の既定)、0 = 即時 (--autopilot の既定)。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>--speed takes a number from 0 to 1000, not &quot;%1&quot;</source>
        <translation>--speed には 0 から 1000 までの数値を指定してください (&quot;%1&quot; は指定できません)</translation>
    </message>
    <message>
        <source>Open only the device overview (modules, status, iotedge check, logs) for a host that is already provisioned: the demo host, --target, or this computer.</source>
        <translation>既にプロビジョニングされているホスト (デモ ホスト、--target、またはこのコンピューター) のデバイスの概要 (モジュール、状態、iotedge check、ログ) のみを開きます。</translation>
    </message>
    <message>
        <source>With --overview: the Windows host to read, over OpenSSH.</source>
        <translation>--overview と併用: OpenSSH 経由で読み取る Windows ホスト。</translation>
    </message>
    <message>
        <source>ssh://USER@HOST[:PORT]</source>
        <translation>ssh://USER@HOST[:PORT]</translation>
    </message>
    <message>
        <source>--target goes with --overview; the wizard chooses its target on the Target page.</source>
        <translation>--target は --overview と併用します。ウィザードでは [ターゲット デバイス] ページでターゲットを選択します。</translation>
    </message>
    <message>
        <source>--overview and --autopilot do not go together; for a status report without a window use: eflow-wizard host status</source>
        <translation>--overview と --autopilot は併用できません。ウィンドウなしで状態レポートを取得するには次を使用してください: eflow-wizard host status</translation>
    </message>
    <message>
        <source>--overview needs a display; without one use: eflow-wizard host status</source>
        <translation>--overview にはディスプレイが必要です。ディスプレイがない場合は次を使用してください: eflow-wizard host status</translation>
    </message>
    <message>
        <source>With --autopilot: remember the key on Connect in the system keychain, or use the key remembered by an earlier run.</source>
        <translation>--autopilot と併用: [接続] ページのキーをシステム キーチェーンに保存するか、以前の実行で保存したキーを使用します。</translation>
    </message>
    <message>
        <source>--enrollments opens a window of its own: it needs a display and goes with neither --overview nor --autopilot; without a display use: eflow-wizard enroll</source>
        <translation>--enrollments は専用のウィンドウを開くため、ディスプレイが必要で、--overview とも --autopilot とも併用できません。ディスプレイがない場合は次を使用してください: eflow-wizard enroll</translation>
    </message>
    <message>
        <source>Open only the Enrollments window: DPS individual enrollments and enrollment groups, their keys and registration records (with --demo: the demo&apos;s local DPS).</source>
        <translation>[登録] ウィンドウのみを開きます: DPS の個別登録と登録グループ、そのキーと登録レコード (--demo の場合: デモのローカル DPS)。</translation>
    </message>
    <message>
        <source>Longest stall of the GUI thread: %1 ms (%2 ticks of 5 ms, %3 stalls over 50 ms), %4 rows</source>
        <translation>GUI スレッドの最長停止時間: %1 ms (5 ms 単位で %2 ティック、50 ms を超える停止 %3 回)、%4 行</translation>
    </message>
    <message>
        <source>--fleet needs a display (or --fleet-run); without one use: eflow-wizard fleet run</source>
        <translation>--fleet にはディスプレイ (または --fleet-run) が必要です。ディスプレイがない場合は次を使用してください: eflow-wizard fleet run</translation>
    </message>
    <message>
        <source>Open only the Fleet window: deploy and provision the hosts of a fleet file, many at a time (without a display use: eflow-wizard fleet run).</source>
        <translation>[フリート] ウィンドウのみを開きます: フリート ファイルのホストを複数同時にデプロイしてプロビジョニングします (ディスプレイがない場合は eflow-wizard fleet run を使用してください)。</translation>
    </message>
    <message>
        <source>With --fleet: the fleet file to load.</source>
        <translation>--fleet と併用: 読み込むフリート ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With --fleet: the plan to load.</source>
        <translation>--fleet と併用: 読み込むプラン。</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>With --fleet: run at once and quit when the run ends.</source>
        <translation>--fleet と併用: すぐに実行し、実行が終了したら終了します。</translation>
    </message>
    <message>
        <source>With --fleet: hosts at a time, 1 to 64 (default 8).</source>
        <translation>--fleet と併用: 同時に処理するホスト数、1 から 64 (既定値 8)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--fleet-concurrency takes a whole number from 1 to 64, not &quot;%1&quot;</source>
        <translation>--fleet-concurrency には 1 から 64 までの整数を指定してください (&quot;%1&quot; は指定できません)</translation>
    </message>
    <message>
        <source>--fleet opens a window of its own and goes with --fleet-file, --fleet-plan, --fleet-run, --fleet-concurrency and --speed only; without a display use: eflow-wizard fleet run</source>
        <translation>--fleet は専用のウィンドウを開き、併用できるのは --fleet-file、--fleet-plan、--fleet-run、--fleet-concurrency、--speed のみです。ディスプレイがない場合は次を使用してください: eflow-wizard fleet run</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>%1: unknown key; check its spelling against the plan file format.</source>
        <translation>%1: 不明なキーです。プラン ファイルの形式と照らしてスペルを確認してください。</translation>
    </message>
    <message>
        <source>%1: plan files never hold secrets. Give the secret on standard input or keep it in the keychain and name it with provisioning.secretRef.</source>
        <extracomment>%1 is a key path in the plan file, e.g. provisioning.symmetricKey</extracomment>
        <translation>%1: プラン ファイルにシークレットを含めることはできません。シークレットは標準入力から渡すか、キーチェーンに保存して provisioning.secretRef でその名前を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write the plan file &apos;%1&apos;: %2.</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>プラン ファイル「%1」を書き込めません: %2。</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos; was written, but its permissions could not be limited to its owner.</source>
        <translation>プラン ファイル「%1」は書き込まれましたが、アクセス許可を所有者のみに制限できませんでした。</translation>
    </message>
    <message>
        <source>Cannot read the plan file &apos;%1&apos;: %2.</source>
        <translation>プラン ファイル「%1」を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos; is %2 bytes; a plan file is at most %3 bytes.</source>
        <translation>プラン ファイル「%1」は %2 バイトです。プラン ファイルの上限は %3 バイトです。</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos; is not valid JSON: %2 at offset %3.</source>
        <extracomment>%1 file path, %2 the parser&apos;s reason, %3 byte offset</extracomment>
        <translation>プラン ファイル「%1」は有効な JSON ではありません: オフセット %3 で %2。</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos; does not hold a JSON object.</source>
        <translation>プラン ファイル「%1」に JSON オブジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos;: %2</source>
        <extracomment>%1 file path, %2 the problem (names the key)</extracomment>
        <translation>プラン ファイル「%1」: %2</translation>
    </message>
    <message>
        <source>The plan file &apos;%1&apos;: %2 appears more than once; keep one of them.</source>
        <extracomment>%1 file path, %2 the key path, e.g. vm.cpuCount</extracomment>
        <translation>プラン ファイル「%1」: %2 が複数回出現しています。1 つだけ残してください。</translation>
    </message>
</context>
<context>
    <name>ProxyCommand</name>
    <message>
        <source>none (no system proxy is set for %1)</source>
        <translation>なし (%1 に対するシステムのプロキシは設定されていません)</translation>
    </message>
    <message>
        <source>in the system keychain as %1</source>
        <translation>システム キーチェーンに %1 として保存</translation>
    </message>
    <message>
        <source>warning: the old proxy password stays in the keychain: %1</source>
        <translation>警告: 古いプロキシ パスワードがキーチェーンに残っています: %1</translation>
    </message>
    <message>
        <source>the proxy setting could not be written to %1</source>
        <translation>プロキシ設定を %1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>proxy set: --password-stdin needs a user in the address (http://USER@HOST:PORT)</source>
        <translation>proxy set: --password-stdin には、アドレスにユーザーを含める必要があります (http://USER@HOST:PORT)</translation>
    </message>
    <message>
        <source>Password of proxy user %1: </source>
        <translation>プロキシ ユーザー %1 のパスワード: </translation>
    </message>
    <message>
        <source>proxy set: no password came on standard input for proxy user %1</source>
        <translation>proxy set: プロキシ ユーザー %1 のパスワードが標準入力から渡されませんでした</translation>
    </message>
    <message>
        <source>the proxy password could not be remembered, so nothing was changed: %1</source>
        <translation>プロキシ パスワードを保存できなかったため、何も変更していません: %1</translation>
    </message>
    <message>
        <source>How the wizard&apos;s own HTTPS (the DPS check, registrations, enrollments) leaves this computer; the
wizard&apos;s proxy dialog changes the same setting.
  show                   prints the mode, and the address or the system&apos;s proxy
  set http://[USER@]HOST:PORT   an HTTP proxy (HTTPS goes through it with CONNECT); with a USER
                         the password is read from standard input and kept in the system keychain
  set --system           the system&apos;s proxy (on Linux: https_proxy, no_proxy), the default
  set --direct           never a proxy
  clear                  back to the system&apos;s proxy, and the password is forgotten
Exit codes: 0 done, 1 the keychain failed, 2 wrong usage, 3 an invalid address or no password,
4 the settings could not be written.</source>
        <translation>ウィザード自身の HTTPS (DPS の確認、登録の確認、登録の管理) がこのコンピューターから外部に出る方法を
設定します。ウィザードのプロキシ ダイアログでも同じ設定を変更できます。
  show                   モードと、アドレスまたはシステムのプロキシを表示します
  set http://[USER@]HOST:PORT   HTTP プロキシ (HTTPS は CONNECT で通過します)。USER を指定すると、
                         パスワードを標準入力から読み取り、システム キーチェーンに保存します
  set --system           システムのプロキシ (Linux では https_proxy、no_proxy)。既定値です
  set --direct           プロキシを使用しません
  clear                  システムのプロキシに戻し、パスワードを削除します
終了コード: 0 完了、1 キーチェーンが失敗した、2 使用法の誤り、3 無効なアドレスまたはパスワードがない、
4 設定を書き込めなかった。</translation>
    </message>
    <message>
        <source>show, set or clear</source>
        <translation>show、set、または clear</translation>
    </message>
    <message>
        <source>set: the proxy&apos;s address.</source>
        <translation>set: プロキシのアドレス。</translation>
    </message>
    <message>
        <source>set: use the system&apos;s proxy.</source>
        <translation>set: システムのプロキシを使用します。</translation>
    </message>
    <message>
        <source>set: use no proxy.</source>
        <translation>set: プロキシを使用しません。</translation>
    </message>
    <message>
        <source>set: read the proxy user&apos;s password from standard input (also without this when a USER is given).</source>
        <translation>set: プロキシ ユーザーのパスワードを標準入力から読み取ります (USER を指定した場合は、このオプションがなくても読み取ります)。</translation>
    </message>
    <message>
        <source>proxy: say &quot;show&quot;, &quot;clear&quot;, &quot;set ADDRESS&quot;, &quot;set --system&quot; or &quot;set --direct&quot; (see proxy --help)</source>
        <translation>proxy: &quot;show&quot;、&quot;clear&quot;、&quot;set ADDRESS&quot;、&quot;set --system&quot;、または &quot;set --direct&quot; を指定してください (proxy --help を参照)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>RestartJob</name>
    <message>
        <source>The host answers again.</source>
        <translation>ホストが再び応答しています。</translation>
    </message>
    <message>
        <source>The host answers, but Windows has not restarted yet.</source>
        <translation>ホストは応答していますが、Windows はまだ再起動していません。</translation>
    </message>
    <message>
        <source>No answer yet (attempt %1): %2</source>
        <translation>まだ応答がありません (%1 回目の試行): %2</translation>
    </message>
    <message>
        <source>Wait for Windows to restart and reconnect</source>
        <translation>Windows の再起動の待機と再接続</translation>
    </message>
    <message>
        <source>The host did not answer within %1 after the restart. Check that Windows has started and the network is up, then try again.</source>
        <translation>再起動後、%1 以内にホストが応答しませんでした。Windows が起動し、ネットワークが使用可能であることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Waiting up to %1 for the host to answer again.</source>
        <translation>ホストが再び応答するまで最大 %1 待機しています。</translation>
    </message>
    <message>
        <source>Restart Windows on the target device</source>
        <translation>ターゲット デバイスでの Windows の再起動</translation>
    </message>
</context>
<context>
    <name>SecretArguments</name>
    <message>
        <source>an argument contains a key or a SAS token: keys are never taken on the command line; pipe it on standard input or use a file</source>
        <translation>引数にキーまたは SAS トークンが含まれています。キーはコマンド ラインでは受け付けません。標準入力にパイプで渡すか、ファイルを使用してください</translation>
    </message>
    <message>
        <source>--%1 is refused: keys are never taken on the command line, where they would be visible in the process list and shell history; pipe the key on standard input or use --%2-file FILE</source>
        <translation>--%1 は拒否されました: キーはプロセス一覧やシェル履歴に表示されてしまうため、コマンド ラインでは受け付けません。キーを標準入力にパイプで渡すか、--%2-file FILE を使用してください</translation>
    </message>
    <message>
        <source>%1: %2 (see %1 --help)</source>
        <translation>%1: %2 (%1 --help を参照)</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>No system keychain is available here (no Secret Service on the D-Bus session bus), so nothing was stored; run this in a desktop session with an unlocked keychain, or give the key to the command that needs it on standard input.</source>
        <translation>ここではシステム キーチェーンを使用できない (D-Bus セッション バスに Secret Service がない) ため、何も保存されませんでした。ロックが解除されたキーチェーンのあるデスクトップ セッションで実行するか、キーを必要とするコマンドに標準入力からキーを渡してください。</translation>
    </message>
    <message>
        <source>Key to remember (input hidden): </source>
        <translation>保存するキー (入力は表示されません): </translation>
    </message>
    <message>
        <source>secret store: no key given (pipe it on standard input, or use --file FILE)</source>
        <translation>secret store: キーが指定されていません (標準入力にパイプで渡すか、--file FILE を使用してください)</translation>
    </message>
    <message>
        <source>Remembers keys in the system keychain (Secret Service, Credential Manager, Keychain), so that plan
files and host provision --secret-ref can name them as keychain:NAME instead of holding them.
  store NAME   remembers the key read from standard input (or --file), replacing any old one
  forget NAME  removes the key from the keychain
  list         prints the names of the remembered keys, one per line (never a key)
NAME: 1 to 64 characters A-Z a-z 0-9 . _ -, starting with a letter or digit. Keys are never taken
on the command line.
Exit codes: 0 done, 1 the keychain failed, is missing, or has no such key, 2 wrong usage,
3 invalid name or key, 4 the key file is missing or unreadable.</source>
        <translation>システム キーチェーン (Secret Service、資格情報マネージャー、キーチェーン) にキーを保存します。
プラン ファイルや host provision --secret-ref では、キーそのものの代わりに keychain:NAME で指定できます。
  store NAME   標準入力 (または --file) から読み取ったキーを保存します。古いキーは置き換えられます
  forget NAME  キーチェーンからキーを削除します
  list         保存されているキーの名前を 1 行に 1 つずつ表示します (キー自体は表示しません)
NAME: A-Z a-z 0-9 . _ - からなる 1 から 64 文字で、先頭は英字か数字。
キーはコマンド ラインでは受け付けません。
終了コード: 0 完了、1 キーチェーンが失敗した、存在しない、またはそのキーがない、2 使用法の誤り、
3 名前またはキーが無効、4 キー ファイルが存在しないか読み取れない。</translation>
    </message>
    <message>
        <source>store, forget or list</source>
        <translation>store、forget、または list</translation>
    </message>
    <message>
        <source>The key&apos;s name (store, forget).</source>
        <translation>キーの名前 (store、forget)。</translation>
    </message>
    <message>
        <source>store: read the key from the first line of FILE.</source>
        <translation>store: FILE の 1 行目からキーを読み取ります。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>secret: say &quot;store NAME&quot;, &quot;forget NAME&quot; or &quot;list&quot; (see secret --help)</source>
        <translation>secret: 「store NAME」、「forget NAME」、または「list」を指定してください (secret --help を参照)</translation>
    </message>
    <message>
        <source>secret %1: give exactly one NAME (see secret --help)</source>
        <translation>secret %1: NAME を 1 つだけ指定してください (secret --help を参照)</translation>
    </message>
    <message>
        <source>secret list: takes no NAME (see secret --help)</source>
        <translation>secret list: NAME は指定しません (secret --help を参照)</translation>
    </message>
    <message>
        <source>secret: --file goes with store</source>
        <translation>secret: --file は store と一緒に使用します</translation>
    </message>
    <message>
        <source>Forgot %1: the system keychain no longer holds it.</source>
        <translation>%1 を削除しました: システム キーチェーンにはもう保存されていません。</translation>
    </message>
    <message>
        <source>Remembered %1 in the system keychain; plan files and host provision --secret-ref can name it so.</source>
        <translation>%1 をシステム キーチェーンに保存しました。プラン ファイルと host provision --secret-ref でこの名前を指定できます。</translation>
    </message>
</context>
<context>
    <name>SecretRef</name>
    <message>
        <source>This looks like a key, not a name: a name says which key it is (for example dps-group-factory-a), and the key itself is given on standard input or in a file.</source>
        <translation>これは名前ではなくキーのようです。名前はどのキーかを示すもの (例: dps-group-factory-a) で、キー自体は標準入力またはファイルで指定します。</translation>
    </message>
    <message>
        <source>The name of a remembered key is empty; write keychain:NAME, for example keychain:dps-group-factory-a.</source>
        <translation>保存済みキーの名前が空です。keychain:NAME の形式 (例: keychain:dps-group-factory-a) で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key name: use 1 to %2 characters from A-Z, a-z, 0-9, dot, underscore and hyphen, starting with a letter or a digit.</source>
        <translation>&quot;%1&quot; は有効なキー名ではありません。A-Z、a-z、0-9、ドット、アンダースコア、ハイフンを 1 から %2 文字で、英字または数字で始まるように指定してください。</translation>
    </message>
    <message>
        <source>This is a key or a connection string, not a reference to one: keys are never written into plan files or journals. Remember it with &quot;eflow-wizard secret store NAME&quot; and write keychain:NAME instead.</source>
        <translation>これはキーまたは接続文字列であり、それへの参照ではありません。キーがプラン ファイルやジャーナルに書き込まれることはありません。&quot;eflow-wizard secret store NAME&quot; で保存し、代わりに keychain:NAME と指定してください。</translation>
    </message>
    <message>
        <source>A remembered key is written keychain:NAME (for example keychain:dps-group-factory-a), not &quot;%1&quot;.</source>
        <translation>保存済みキーは keychain:NAME の形式 (例: keychain:dps-group-factory-a) で指定します (&quot;%1&quot; は無効です)。</translation>
    </message>
</context>
<context>
    <name>SftpFetch</name>
    <message>
        <source>The host named the file &quot;%1&quot;, which cannot be copied: %2</source>
        <translation>ホストが指定したファイル「%1」はコピーできません: %2</translation>
    </message>
    <message>
        <source>the path is empty or too long.</source>
        <translation>パスが空か、長すぎます。</translation>
    </message>
    <message>
        <source>the path holds a character the copy cannot pass on.</source>
        <translation>パスにコピーで受け渡せない文字が含まれています。</translation>
    </message>
    <message>
        <source>the path is not absolute.</source>
        <translation>パスが絶対パスではありません。</translation>
    </message>
    <message>
        <source>the path climbs out of its folder.</source>
        <translation>パスがフォルダーの外を指しています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain file name.</source>
        <translation>「%1」は単純なファイル名ではありません。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 は既に存在します。</translation>
    </message>
    <message>
        <source>sftp could not be started: %1</source>
        <translation>sftp を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Copying the support bundle</source>
        <translation>サポート バンドルのコピー</translation>
    </message>
    <message>
        <source>sftp could not copy the file (%1).</source>
        <translation>sftp でファイルをコピーできませんでした (%1)。</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
</context>
<context>
    <name>SimHostState</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid state file.</source>
        <translation>%1 は有効な状態ファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
</context>
<context>
    <name>SimScenario</name>
    <message>
        <source>Windows 11 Pro laptop</source>
        <translation>Windows 11 Pro ノート PC</translation>
    </message>
    <message>
        <source>A current Windows 11 Pro with Hyper-V and the Default Switch: every check passes and EFLOW deploys.</source>
        <translation>Hyper-V と Default Switch を備えた最新の Windows 11 Pro: すべてのチェックに合格し、EFLOW がデプロイされます。</translation>
    </message>
    <message>
        <source>Windows Server 2022 without a virtual switch</source>
        <translation>仮想スイッチのない Windows Server 2022</translation>
    </message>
    <message>
        <source>Hyper-V role installed but no switch at all: deploying fails until an Internal switch with NAT is created.</source>
        <translation>Hyper-V の役割はインストールされているがスイッチが 1 つもない: NAT 付きの内部スイッチを作成するまでデプロイは失敗します。</translation>
    </message>
    <message>
        <source>Windows 10 Home</source>
        <translation>Windows 10 Home</translation>
    </message>
    <message>
        <source>An edition without Hyper-V: the checks mark it unsupported and Deploy-Eflow refuses it.</source>
        <translation>Hyper-V のないエディション: チェックでサポート対象外と判定され、Deploy-Eflow も拒否します。</translation>
    </message>
    <message>
        <source>Windows 10 Pro with too little free memory</source>
        <translation>空きメモリが不足している Windows 10 Pro</translation>
    </message>
    <message>
        <source>Windows 11 Pro with Hyper-V turned off</source>
        <translation>Hyper-V が無効になっている Windows 11 Pro</translation>
    </message>
    <message>
        <source>Hyper-V can be enabled from the wizard, but only a restart finishes it; deploying before that fails.</source>
        <translation>Hyper-V はウィザードから有効にできますが、完了するには再起動が必要です。再起動前のデプロイは失敗します。</translation>
    </message>
    <message>
        <source>Windows Server 2022 with an NVIDIA Tesla T4</source>
        <translation>NVIDIA Tesla T4 を搭載した Windows Server 2022</translation>
    </message>
    <message>
        <source>A GPU server with an External switch: Direct Device Assignment of the T4 works, of any other GPU not.</source>
        <translation>外部スイッチを備えた GPU サーバー: T4 の個別デバイス割り当ては動作しますが、その他の GPU では動作しません。</translation>
    </message>
    <message>
        <source>Windows 11 Enterprise with an NVIDIA GeForce RTX 3060</source>
        <translation>NVIDIA GeForce RTX 3060 を搭載した Windows 11 Enterprise</translation>
    </message>
    <message>
        <source>A workstation whose GPU supports GPU Paravirtualization; Direct Device Assignment of it is refused.</source>
        <translation>GPU が GPU 準仮想化をサポートしているワークステーション: その GPU の個別デバイス割り当ては拒否されます。</translation>
    </message>
    <message>
        <source>Windows 11 Pro in a Hyper-V virtual machine</source>
        <translation>Hyper-V 仮想マシン内の Windows 11 Pro</translation>
    </message>
    <message>
        <source>Nested virtualization is exposed, so EFLOW deploys; GPU passthrough is not possible in a nested VM.</source>
        <translation>入れ子になった仮想化が公開されているため EFLOW はデプロイされますが、入れ子になった VM では GPU パススルーは使用できません。</translation>
    </message>
    <message>
        <source>Windows 10 IoT Enterprise with EFLOW 1.4 already deployed</source>
        <translation>EFLOW 1.4 がデプロイ済みの Windows 10 IoT Enterprise</translation>
    </message>
    <message>
        <source>EFLOW 1.4 LTS is installed and its virtual machine runs: deploying again keeps the existing one.</source>
        <translation>EFLOW 1.4 LTS がインストールされ、その仮想マシンが実行中: もう一度デプロイしても既存の仮想マシンが維持されます。</translation>
    </message>
    <message>
        <source>A 4 GB machine with about 1.6 GB free: the default 1024 MB fits; asking for more is refused (Settings, and Deploy-Eflow&apos;s &quot;Not enough memory available.&quot;).</source>
        <translation>4 GB で空きが約 1.6 GB のマシン: 既定の 1024 MB は収まりますが、それ以上を要求すると拒否されます ([設定] と Deploy-Eflow の &quot;Not enough memory available.&quot;)。</translation>
    </message>
</context>
<context>
    <name>SimSupportBundle</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>SimulatedHost</name>
    <message>
        <source>Demo: %1</source>
        <translation>デモ: %1</translation>
    </message>
    <message>
        <source>Host check</source>
        <translation>ホストのチェック</translation>
    </message>
    <message>
        <source>Enabling Hyper-V</source>
        <translation>Hyper-V の有効化</translation>
    </message>
    <message>
        <source>Hyper-V cannot be enabled on this edition of Windows.</source>
        <translation>このエディションの Windows では Hyper-V を有効にできません。</translation>
    </message>
    <message>
        <source>Creating the virtual switch</source>
        <translation>仮想スイッチの作成</translation>
    </message>
    <message>
        <source>The switch needs a name, an IPv4 host address and a prefix length from 8 to 30 (got &quot;%1&quot;, &quot;%2&quot;, %3).</source>
        <translation>スイッチには、名前、IPv4 ホスト アドレス、8 から 30 のプレフィックス長が必要です (指定値: 「%1」、「%2」、%3)。</translation>
    </message>
    <message>
        <source>Installing EFLOW</source>
        <translation>EFLOW のインストール</translation>
    </message>
    <message>
        <source>%1 %2 of another release line is installed; uninstall it before installing %3.</source>
        <translation>別のリリース ラインの %1 %2 がインストールされています。%3 をインストールする前にアンインストールしてください。</translation>
    </message>
    <message>
        <source>Downloading the installer</source>
        <translation>インストーラーをダウンロードしています</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>インストールしています</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Deploying EFLOW</source>
        <translation>EFLOW のデプロイ</translation>
    </message>
    <message>
        <source>Deploy-Eflow failed: %1</source>
        <translation>Deploy-Eflow が失敗しました: %1</translation>
    </message>
    <message>
        <source>The AzureEFLOW module is not installed; install EFLOW first.</source>
        <translation>AzureEFLOW モジュールがインストールされていません。先に EFLOW をインストールしてください。</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine %1 already exists; it is kept.</source>
        <translation>EFLOW 仮想マシン %1 は既に存在します。そのまま保持します。</translation>
    </message>
    <message>
        <source>Already deployed</source>
        <translation>デプロイ済み</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>プロビジョニング</translation>
    </message>
    <message>
        <source>Provision-EflowVm failed: %1</source>
        <translation>Provision-EflowVm が失敗しました: %1</translation>
    </message>
    <message>
        <source>Starting the IoT Edge runtime</source>
        <translation>IoT Edge ランタイムを起動しています</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>プロビジョニング済み</translation>
    </message>
    <message>
        <source>Reading the virtual machine status</source>
        <translation>仮想マシンの状態の読み取り</translation>
    </message>
    <message>
        <source>There is no EFLOW virtual machine on this host.</source>
        <translation>このホストには EFLOW 仮想マシンがありません。</translation>
    </message>
    <message>
        <source>Reading the module list</source>
        <translation>モジュール一覧の読み取り</translation>
    </message>
    <message>
        <source>The IoT Edge runtime in the virtual machine does not answer.</source>
        <translation>仮想マシン内の IoT Edge ランタイムが応答しません。</translation>
    </message>
    <message>
        <source>Reading the service status</source>
        <translation>サービスの状態の読み取り</translation>
    </message>
    <message>
        <source>Running iotedge check</source>
        <translation>iotedge check の実行</translation>
    </message>
    <message>
        <source>Reading the IoT Edge logs</source>
        <translation>IoT Edge のログの読み取り</translation>
    </message>
    <message>
        <source>Collecting the support bundle</source>
        <translation>サポート バンドルの収集</translation>
    </message>
    <message>
        <source>Reading the module&apos;s logs</source>
        <translation>モジュールのログの読み取り</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module name.</source>
        <translation>「%1」はモジュール名ではありません。</translation>
    </message>
    <message>
        <source>The logs of module %1 could not be read.</source>
        <translation>モジュール %1 のログを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Copying the support bundle</source>
        <translation>サポート バンドルのコピー</translation>
    </message>
    <message>
        <source>%1 does not answer: it is restarting.</source>
        <translation>%1 が応答しません: 再起動中です。</translation>
    </message>
    <message>
        <source>Restarting Windows</source>
        <translation>Windows の再起動</translation>
    </message>
    <message>
        <source>Uninstalling EFLOW</source>
        <translation>EFLOW のアンインストール</translation>
    </message>
    <message>
        <source>The demo host&apos;s state cannot be used: %1 Remove or repair the file to go on.</source>
        <translation>デモ ホストの状態を使用できません: %1 続行するには、ファイルを削除または修復してください。</translation>
    </message>
    <message>
        <source>Demo: %1 (%2)</source>
        <extracomment>%1 the scenario&apos;s title, %2 the demo machine&apos;s name</extracomment>
        <translation>デモ: %1 (%2)</translation>
    </message>
    <message>
        <source>Configuring the IoT Edge proxy</source>
        <translation>IoT Edge のプロキシを構成しています</translation>
    </message>
    <message>
        <source>IoT Edge 1.1 in this virtual machine has no aziot services; its proxy is not set by the wizard.</source>
        <translation>この仮想マシンの IoT Edge 1.1 には aziot サービスがないため、ウィザードはプロキシを設定しません。</translation>
    </message>
</context>
<context>
    <name>SshKnownHosts</name>
    <message>
        <source>ssh-keyscan could not be started (%1); install the OpenSSH client.</source>
        <translation>ssh-keyscan を起動できませんでした (%1)。OpenSSH クライアントをインストールしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not show its host key (ssh-keyscan found none within %n second(s)).</source>
        <translation>
            <numerusform>%1 はホスト キーを提示しませんでした (ssh-keyscan は %n 秒以内にキーを見つけられませんでした)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now shows %2, not %3: nothing was trusted. Check the fingerprint with the host&apos;s administrator.</source>
        <translation>%1 は現在 %3 ではなく %2 を提示しています: 何も信頼されていません。ホストの管理者にフィンガープリントを確認してください。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 already holds a different key for %2. If the host was reinstalled, remove the old key first (ssh-keygen -f &quot;%1&quot; -R &quot;%2&quot;).</source>
        <translation>%1 には %2 の別のキーが既に含まれています。ホストを再インストールした場合は、先に古いキーを削除してください (ssh-keygen -f &quot;%1&quot; -R &quot;%2&quot;)。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>the DPS service client is busy</source>
        <translation>DPS サービス クライアントはビジー状態です</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>a non-breaking space</source>
        <translation>ノーブレーク スペース</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <extracomment>%1 is a Unicode code point in hex, e.g. 0007</extracomment>
        <translation>制御文字 U+%1</translation>
    </message>
    <message>
        <source>a space character (U+%1)</source>
        <translation>空白文字 (U+%1)</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation>文字 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; (U+%2)</source>
        <translation>文字 &apos;%1&apos; (U+%2)</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID スコープ</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>登録 ID</translation>
    </message>
    <message>
        <source>Enrollment group ID</source>
        <translation>登録グループ ID</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <source>Symmetric key</source>
        <translation>対称キー</translation>
    </message>
    <message>
        <source>Group key</source>
        <translation>グループ キー</translation>
    </message>
    <message>
        <source>Device connection string</source>
        <translation>デバイスの接続文字列</translation>
    </message>
    <message>
        <source>DPS service connection string</source>
        <translation>DPS サービスの接続文字列</translation>
    </message>
    <message>
        <source>CPU count</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>ディスク サイズ</translation>
    </message>
    <message>
        <source>Data size</source>
        <translation>データ サイズ</translation>
    </message>
    <message>
        <source>Log size</source>
        <translation>ログ サイズ</translation>
    </message>
    <message>
        <source>Switch name</source>
        <translation>スイッチ名</translation>
    </message>
    <message>
        <source>Switch type</source>
        <translation>スイッチの種類</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 アドレス</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>プレフィックス長</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>ゲートウェイ アドレス</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>GPU passthrough type</source>
        <translation>GPU パススルーの種類</translation>
    </message>
    <message>
        <source>GPU name</source>
        <translation>GPU 名</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>EFLOW release</source>
        <translation>EFLOW リリース</translation>
    </message>
    <message>
        <source>License terms</source>
        <translation>ライセンス条項</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 names a field, e.g. &quot;Registration ID is required.&quot;</extracomment>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters; at most %3 are allowed.</source>
        <translation>%1 が長すぎます: %2 文字です。使用できるのは %3 文字までです。</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed; use letters, digits and - . _ :</source>
        <extracomment>%1 field name, %2 a character such as &quot;the character &apos;/&apos;&quot; or &quot;a space&quot;, %3 its position</extracomment>
        <translation>%1: %3 文字目の %2 は使用できません。英字、数字、および - . _ : を使用してください</translation>
    </message>
    <message>
        <source>%1 must end with a letter, a digit or &apos;-&apos;; it ends with &apos;%2&apos;.</source>
        <translation>%1 の末尾は英字、数字、または &apos;-&apos; である必要があります。現在の末尾は &apos;%2&apos; です。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; at position %3 is not allowed; IoT Hub no longer supports &apos;+&apos; and &apos;#&apos; in device IDs.</source>
        <translation>%1: %3 文字目の &apos;%2&apos; は使用できません。IoT Hub のデバイス ID では &apos;+&apos; と &apos;#&apos; がサポートされなくなりました。</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed; use letters, digits and - . % _ * ? ! ( ) , : = @ $ &apos;</source>
        <translation>%1: %3 文字目の %2 は使用できません。英字、数字、および - . % _ * ? ! ( ) , : = @ $ &apos; を使用してください</translation>
    </message>
    <message>
        <source>%1 contains %2 at position %3; paste the key again without spaces or line breaks.</source>
        <translation>%1 の %3 文字目に %2 が含まれています。スペースや改行を含めずに、キーをもう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 is not valid base64: it ends with %2 &apos;=&apos; characters; at most two are allowed as padding.</source>
        <translation>%1 は有効な base64 ではありません: 末尾に &apos;=&apos; が %2 個あります。パディングとして使用できるのは 2 個までです。</translation>
    </message>
    <message>
        <source>%1 is not valid base64: &apos;=&apos; at position %2 may only appear at the end, as padding.</source>
        <translation>%1 は有効な base64 ではありません: %2 文字目の &apos;=&apos; は、パディングとして末尾にのみ使用できます。</translation>
    </message>
    <message>
        <source>%1 is not valid base64: %2 at position %3 belongs to the URL-safe alphabet; use the key as Azure shows it, with + and / instead.</source>
        <translation>%1 は有効な base64 ではありません: %3 文字目の %2 は URL セーフなアルファベットの文字です。Azure に表示されるとおりに、+ と / を使用したキーを使用してください。</translation>
    </message>
    <message>
        <source>%1 is not valid base64: %2 at position %3 is not allowed; a key uses only A-Z, a-z, 0-9, + and /, with = padding at the end.</source>
        <translation>%1 は有効な base64 ではありません: %3 文字目の %2 は使用できません。キーに使用されるのは A-Z、a-z、0-9、+、/ のみで、末尾に = のパディングが付きます。</translation>
    </message>
    <message>
        <source>%1 is not valid base64: it has %2 characters, which is not a multiple of 4; part of the key may be missing.</source>
        <translation>%1 は有効な base64 ではありません: %2 文字で、4 の倍数ではありません。キーの一部が欠けている可能性があります。</translation>
    </message>
    <message>
        <source>%1 is not valid base64: the characters before the &apos;=&apos; padding do not end the key cleanly; copy the key again.</source>
        <translation>%1 は有効な base64 ではありません: &apos;=&apos; パディングの前の文字でキーが正しく終わっていません。キーをもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>%1 is too short: it decodes to %2 bytes; %3 to %4 bytes are expected.</source>
        <translation>%1 が短すぎます: デコードすると %2 バイトです。%3 から %4 バイトである必要があります。</translation>
    </message>
    <message>
        <source>%1 is too long: it decodes to %2 bytes; %3 to %4 bytes are expected.</source>
        <translation>%1 が長すぎます: デコードすると %2 バイトです。%3 から %4 バイトである必要があります。</translation>
    </message>
    <message>
        <source>%1: segment %2 has no &apos;=&apos;; a connection string is a list of Key=Value pairs separated by &apos;;&apos;.</source>
        <translation>%1: セグメント %2 に &apos;=&apos; がありません。接続文字列は、&apos;;&apos; で区切られた Key=Value ペアのリストです。</translation>
    </message>
    <message>
        <source>%1: segment %2 has no key name before &apos;=&apos;.</source>
        <translation>%1: セグメント %2 の &apos;=&apos; の前にキー名がありません。</translation>
    </message>
    <message>
        <source>%1: the key %2 appears more than once (segment %3).</source>
        <translation>%1: キー %2 が複数回出現しています (セグメント %3)。</translation>
    </message>
    <message>
        <source>%1: segment %2 repeats a key that appears earlier.</source>
        <translation>%1: セグメント %2 で、前に出現したキーが繰り返されています。</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;; the keys allowed are %3.</source>
        <extracomment>%3 is a list of key names, e.g. &quot;HostName, DeviceId and SharedAccessKey&quot;</extracomment>
        <translation>%1: 不明なキー &apos;%2&apos;。使用できるキーは %3 です。</translation>
    </message>
    <message>
        <source>%1 contains an unrecognised key; the keys allowed are %2.</source>
        <translation>%1 に認識できないキーが含まれています。使用できるキーは %2 です。</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed in a host name; use letters, digits, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>%1: %3 文字目の %2 はホスト名に使用できません。英字、数字、&apos;-&apos;、&apos;.&apos; を使用してください。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a full host name; expected e.g. myhub.azure-devices.net.</source>
        <translation>%1: &apos;%2&apos; は完全なホスト名ではありません。myhub.azure-devices.net のような名前が必要です。</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has an empty part between dots or a dot at the start or end.</source>
        <translation>%1: &apos;%2&apos; には、ドットの間に空の部分があるか、先頭または末尾にドットがあります。</translation>
    </message>
    <message>
        <source>%1: in &apos;%2&apos;, the part &apos;%3&apos; must not start or end with &apos;-&apos;.</source>
        <translation>%1: &apos;%2&apos; の部分 &apos;%3&apos; の先頭または末尾に &apos;-&apos; は使用できません。</translation>
    </message>
    <message>
        <source>%1: in &apos;%2&apos;, a part between dots is longer than %3 characters.</source>
        <translation>%1: &apos;%2&apos; に、ドットの間の部分が %3 文字を超えるものがあります。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3; write the address without spaces.</source>
        <extracomment>%1 field name, %2 the address as typed, %3 e.g. &quot;a space&quot;</extracomment>
        <translation>%1 &apos;%2&apos; に %3 が含まれています。スペースを含めずにアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: expected four numbers from 0 to 255 separated by dots, e.g. 192.168.0.2.</source>
        <translation>%1 &apos;%2&apos; は無効です: 0 から 255 までの 4 つの数値をドットで区切って指定してください (例: 192.168.0.2)。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: one of its four numbers is missing.</source>
        <translation>%1 &apos;%2&apos; は無効です: 4 つの数値のうち 1 つがありません。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: &apos;%3&apos; is not a number from 0 to 255.</source>
        <translation>%1 &apos;%2&apos; は無効です: &apos;%3&apos; は 0 から 255 までの数値ではありません。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: &apos;%3&apos; has a leading zero, which can be read as an octal number; write it without.</source>
        <translation>%1 &apos;%2&apos; は無効です: &apos;%3&apos; の先頭に 0 があり、8 進数として解釈される可能性があります。先頭の 0 を付けずに入力してください。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: &apos;%3&apos; is greater than 255.</source>
        <translation>%1 &apos;%2&apos; は無効です: &apos;%3&apos; が 255 を超えています。</translation>
    </message>
    <message>
        <source>%1 %2 cannot be used for a host: addresses starting with 0, 127 or 224 and above are reserved.</source>
        <translation>%1 %2 はホストに使用できません: 0、127、または 224 以上で始まるアドレスは予約されています。</translation>
    </message>
    <message>
        <source>EFLOW release is required: choose 1.5 LTS, 1.4 LTS or 1.1 LTS.</source>
        <translation>EFLOW リリースは必須です: 1.5 LTS、1.4 LTS、または 1.1 LTS を選択してください。</translation>
    </message>
    <message>
        <source>GPU name is required for Direct Device Assignment.</source>
        <translation>個別デバイス割り当てには GPU 名が必要です。</translation>
    </message>
    <message>
        <source>GPU name is required for GPU paravirtualization.</source>
        <translation>GPU 準仮想化には GPU 名が必要です。</translation>
    </message>
    <message>
        <source>GPU name &apos;%1&apos; differs from Windows&apos; name &apos;%2&apos; in letter case or spaces; it must match Windows&apos; name exactly.</source>
        <translation>GPU 名 &apos;%1&apos; は、Windows での名前 &apos;%2&apos; と大文字と小文字またはスペースが異なります。Windows での名前と完全に一致している必要があります。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>GPU name &apos;%1&apos; does not match any GPU on this host; it must match Windows&apos; name exactly: %2.</source>
        <extracomment>%2 is a list of GPU names as Windows reports them</extracomment>
        <translation>GPU 名 &apos;%1&apos; は、このホストのどの GPU とも一致しません。Windows での名前と完全に一致している必要があります: %2。</translation>
    </message>
    <message>
        <source>GPU name &apos;%1&apos;: Direct Device Assignment supports only NVIDIA T4 and NVIDIA A2 GPUs; use GPU paravirtualization for this GPU.</source>
        <translation>GPU 名 &apos;%1&apos;: 個別デバイス割り当てでサポートされるのは NVIDIA T4 と NVIDIA A2 GPU のみです。この GPU には GPU 準仮想化を使用してください。</translation>
    </message>
    <message>
        <source>ID scope starts with %1; remove it.</source>
        <translation>ID スコープの先頭に %1 があります。削除してください。</translation>
    </message>
    <message>
        <source>ID scope ends with %1; remove it.</source>
        <translation>ID スコープの末尾に %1 があります。削除してください。</translation>
    </message>
    <message>
        <source>ID scope has %1 characters; an ID scope has exactly %2, e.g. 0ne00000A0A.</source>
        <translation>ID スコープが %1 文字です。ID スコープはちょうど %2 文字です (例: 0ne00000A0A)。</translation>
    </message>
    <message>
        <source>ID scope must start with 0 and two lowercase letters, such as 0ne or 0us; it starts with &apos;%1&apos;.</source>
        <translation>ID スコープは、0ne や 0us のように 0 と 2 文字の小文字の英字で始まる必要があります。現在は &apos;%1&apos; で始まっています。</translation>
    </message>
    <message>
        <source>ID scope: %1 at position %2 is not a hexadecimal digit (0-9, A-F).</source>
        <translation>ID スコープ: %2 文字目の %1 は 16 進数の数字 (0-9、A-F) ではありません。</translation>
    </message>
    <message>
        <source>Device connection string: this is an IoT Hub shared access policy (service) connection string, because it has SharedAccessKeyName; copy the device&apos;s own primary connection string instead.</source>
        <translation>デバイスの接続文字列: SharedAccessKeyName が含まれているため、これは IoT Hub の共有アクセス ポリシー (サービス) の接続文字列です。代わりに、デバイス自身の主接続文字列をコピーしてください。</translation>
    </message>
    <message>
        <source>Device connection string has no %1 value; expected HostName=&lt;hub&gt;.azure-devices.net;DeviceId=&lt;device&gt;;SharedAccessKey=&lt;key&gt;.</source>
        <extracomment>%1 is a key name such as HostName</extracomment>
        <translation>デバイスの接続文字列に %1 の値がありません。HostName=&lt;hub&gt;.azure-devices.net;DeviceId=&lt;device&gt;;SharedAccessKey=&lt;key&gt; の形式が必要です。</translation>
    </message>
    <message>
        <source>HostName in the device connection string</source>
        <translation>デバイスの接続文字列の HostName</translation>
    </message>
    <message>
        <source>HostName in the device connection string is a DPS host name; a device connection string names the IoT hub (&lt;hub&gt;.azure-devices.net).</source>
        <translation>デバイスの接続文字列の HostName が DPS のホスト名です。デバイスの接続文字列には IoT Hub (&lt;hub&gt;.azure-devices.net) を指定します。</translation>
    </message>
    <message>
        <source>DeviceId in the device connection string</source>
        <translation>デバイスの接続文字列の DeviceId</translation>
    </message>
    <message>
        <source>SharedAccessKey in the device connection string</source>
        <translation>デバイスの接続文字列の SharedAccessKey</translation>
    </message>
    <message>
        <source>DPS service connection string: this is a device connection string, because it has DeviceId; copy the connection string of a shared access policy of the DPS instead.</source>
        <translation>DPS サービスの接続文字列: DeviceId が含まれているため、これはデバイスの接続文字列です。代わりに、DPS の共有アクセス ポリシーの接続文字列をコピーしてください。</translation>
    </message>
    <message>
        <source>DPS service connection string has no %1 value; expected HostName=&lt;dps&gt;.azure-devices-provisioning.net;SharedAccessKeyName=&lt;policy&gt;;SharedAccessKey=&lt;key&gt;.</source>
        <extracomment>%1 is a key name such as HostName</extracomment>
        <translation>DPS サービスの接続文字列に %1 の値がありません。HostName=&lt;dps&gt;.azure-devices-provisioning.net;SharedAccessKeyName=&lt;policy&gt;;SharedAccessKey=&lt;key&gt; の形式が必要です。</translation>
    </message>
    <message>
        <source>HostName in the DPS service connection string</source>
        <translation>DPS サービスの接続文字列の HostName</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed; use letters, digits and - . _</source>
        <translation>%1: %3 文字目の %2 は使用できません。英字、数字、および - . _ を使用してください</translation>
    </message>
    <message>
        <source>%1 is an IoT Hub host name; a DPS host name ends in .azure-devices-provisioning.net.</source>
        <translation>%1 は IoT Hub のホスト名です。DPS のホスト名の末尾は .azure-devices-provisioning.net です。</translation>
    </message>
    <message>
        <source>SharedAccessKeyName in the DPS service connection string</source>
        <translation>DPS サービスの接続文字列の SharedAccessKeyName</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed; use letters, digits and - . _ @</source>
        <translation>%1: %3 文字目の %2 は使用できません。英字、数字、および - . _ @ を使用してください</translation>
    </message>
    <message>
        <source>SharedAccessKey in the DPS service connection string</source>
        <translation>DPS サービスの接続文字列の SharedAccessKey</translation>
    </message>
    <message>
        <source>CPU count must be at least 1; %1 was entered.</source>
        <translation>CPU 数は 1 以上である必要があります。入力値は %1 です。</translation>
    </message>
    <message>
        <source>CPU count is %1, but this host has only %2 logical processors.</source>
        <translation>CPU 数が %1 ですが、このホストの論理プロセッサは %2 個しかありません。</translation>
    </message>
    <message>
        <source>Memory must be at least %1 MB; %2 MB was entered.</source>
        <translation>メモリは %1 MB 以上である必要があります。入力値は %2 MB です。</translation>
    </message>
    <message>
        <source>Memory must be an even number of MB on EFLOW %1; %2 MB is odd, use %3 or %4 MB.</source>
        <translation>EFLOW %1 では、メモリは偶数の MB である必要があります。%2 MB は奇数です。%3 MB または %4 MB を使用してください。</translation>
    </message>
    <message>
        <source>Memory is %1 MB, but this host has only %2 MB free.</source>
        <translation>メモリが %1 MB ですが、このホストの空きメモリは %2 MB しかありません。</translation>
    </message>
    <message>
        <source>Disk size must be between %1 and %2 GB on EFLOW %3; %4 GB was entered.</source>
        <translation>EFLOW %3 では、ディスク サイズは %1 から %2 GB の範囲である必要があります。入力値は %4 GB です。</translation>
    </message>
    <message>
        <source>Data size (vmDataSize) is not available on EFLOW %1; set the disk size instead.</source>
        <translation>EFLOW %1 ではデータ サイズ (vmDataSize) を使用できません。代わりにディスク サイズを設定してください。</translation>
    </message>
    <message>
        <source>Data size and disk size cannot both be set: Deploy-Eflow&apos;s vmDiskSize and vmDataSize are mutually exclusive; clear one of them.</source>
        <translation>データ サイズとディスク サイズは両方を設定できません: Deploy-Eflow の vmDiskSize と vmDataSize は同時に指定できません。どちらかをクリアしてください。</translation>
    </message>
    <message>
        <source>Data size must be between %1 and %2 GB on EFLOW %3; %4 GB was entered.</source>
        <translation>EFLOW %3 では、データ サイズは %1 から %2 GB の範囲である必要があります。入力値は %4 GB です。</translation>
    </message>
    <message>
        <source>Log size (vmLogSize) is not available on EFLOW %1; leave it at the default.</source>
        <translation>EFLOW %1 ではログ サイズ (vmLogSize) を使用できません。既定値のままにしてください。</translation>
    </message>
    <message>
        <source>Switch name is blank; enter the name of the virtual switch, or leave it empty to use the Default Switch.</source>
        <translation>スイッチ名が空白です。仮想スイッチの名前を入力するか、空のままにして Default Switch を使用してください。</translation>
    </message>
    <message>
        <source>Switch name starts with %1; remove it, Hyper-V would not find the switch.</source>
        <translation>スイッチ名の先頭に %1 があります。削除してください。このままでは Hyper-V がスイッチを見つけられません。</translation>
    </message>
    <message>
        <source>Switch name ends with %1; remove it, Hyper-V would not find the switch.</source>
        <translation>スイッチ名の末尾に %1 があります。削除してください。このままでは Hyper-V がスイッチを見つけられません。</translation>
    </message>
    <message>
        <source>Switch name is too long: %1 characters; at most %2 are allowed.</source>
        <translation>スイッチ名が長すぎます: %1 文字です。使用できるのは %2 文字までです。</translation>
    </message>
    <message>
        <source>Switch name is required when a switch type is chosen.</source>
        <translation>スイッチの種類を選択した場合は、スイッチ名が必要です。</translation>
    </message>
    <message>
        <source>Switch type is required for the switch &apos;%1&apos;: choose Internal or External.</source>
        <translation>スイッチ &apos;%1&apos; にはスイッチの種類が必要です: 内部または外部を選択してください。</translation>
    </message>
    <message>
        <source>IPv4 address is only used with a static IP; clear it or choose a static IP.</source>
        <translation>IPv4 アドレスは静的 IP でのみ使用されます。クリアするか、静的 IP を選択してください。</translation>
    </message>
    <message>
        <source>Prefix length is only used with a static IP; clear it or choose a static IP.</source>
        <translation>プレフィックス長は静的 IP でのみ使用されます。クリアするか、静的 IP を選択してください。</translation>
    </message>
    <message>
        <source>Gateway address is only used with a static IP; clear it or choose a static IP.</source>
        <translation>ゲートウェイ アドレスは静的 IP でのみ使用されます。クリアするか、静的 IP を選択してください。</translation>
    </message>
    <message>
        <source>IPv4 address is required for a static IP.</source>
        <translation>静的 IP には IPv4 アドレスが必要です。</translation>
    </message>
    <message>
        <source>Prefix length is required for a static IP.</source>
        <translation>静的 IP にはプレフィックス長が必要です。</translation>
    </message>
    <message>
        <source>Prefix length must be between %1 and %2 (e.g. 24 for 255.255.255.0); %3 was entered.</source>
        <translation>プレフィックス長は %1 から %2 の範囲である必要があります (例: 255.255.255.0 の場合は 24)。入力値は %3 です。</translation>
    </message>
    <message>
        <source>Gateway address is required for a static IP.</source>
        <translation>静的 IP にはゲートウェイ アドレスが必要です。</translation>
    </message>
    <message>
        <source>IPv4 address %1 is the network address of %2; choose an address from %3 to %4.</source>
        <translation>IPv4 アドレス %1 は %2 のネットワーク アドレスです。%3 から %4 までのアドレスを選択してください。</translation>
    </message>
    <message>
        <source>IPv4 address %1 is the broadcast address of %2; choose an address from %3 to %4.</source>
        <translation>IPv4 アドレス %1 は %2 のブロードキャスト アドレスです。%3 から %4 までのアドレスを選択してください。</translation>
    </message>
    <message>
        <source>Gateway address must differ from the IPv4 address (%1); the VM cannot be its own gateway.</source>
        <translation>ゲートウェイ アドレスは IPv4 アドレス (%1) と異なる必要があります。VM を自身のゲートウェイにすることはできません。</translation>
    </message>
    <message>
        <source>Gateway address %1 is not in the VM&apos;s subnet %2; choose a gateway from %3 to %4 or change the prefix length.</source>
        <translation>ゲートウェイ アドレス %1 は VM のサブネット %2 に含まれていません。%3 から %4 までのゲートウェイを選択するか、プレフィックス長を変更してください。</translation>
    </message>
    <message>
        <source>Gateway address %1 is the network or broadcast address of %2; choose a gateway from %3 to %4.</source>
        <translation>ゲートウェイ アドレス %1 は %2 のネットワーク アドレスまたはブロードキャスト アドレスです。%3 から %4 までのゲートウェイを選択してください。</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <extracomment>%1 is the 1-based number of the entry in the DNS server list</extracomment>
        <translation>DNS サーバー %1</translation>
    </message>
    <message>
        <source>%1 is empty; enter an IPv4 address or remove the entry.</source>
        <translation>%1 が空です。IPv4 アドレスを入力するか、エントリを削除してください。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be used as a DNS server.</source>
        <translation>%1 (%2) は DNS サーバーとして使用できません。</translation>
    </message>
    <message>
        <source>%1 (%2) is already in the list; remove the duplicate.</source>
        <translation>%1 (%2) は既に一覧にあります。重複を削除してください。</translation>
    </message>
    <message>
        <source>GPU passthrough type is required: choose none, Direct Device Assignment or GPU paravirtualization.</source>
        <translation>GPU パススルーの種類は必須です: なし、個別デバイス割り当て、または GPU 準仮想化を選択してください。</translation>
    </message>
    <message>
        <source>GPU name is only used with GPU passthrough; clear it or choose a passthrough type.</source>
        <translation>GPU 名は GPU パススルーでのみ使用されます。クリアするか、パススルーの種類を選択してください。</translation>
    </message>
    <message>
        <source>GPU count must be 0 without GPU passthrough; %1 was entered.</source>
        <translation>GPU パススルーを使用しない場合、GPU 数は 0 である必要があります。入力値は %1 です。</translation>
    </message>
    <message>
        <source>GPU count must be at least 1 for Direct Device Assignment; %1 was entered.</source>
        <translation>個別デバイス割り当てでは、GPU 数は 1 以上である必要があります。入力値は %1 です。</translation>
    </message>
    <message>
        <source>GPU count is %1, but the number of GPUs named &apos;%2&apos; on this host is %3.</source>
        <translation>GPU 数が %1 ですが、このホストにある &apos;%2&apos; という名前の GPU の数は %3 です。</translation>
    </message>
    <message>
        <source>GPU count must be 1: GPU-PV uses exactly one GPU; %1 was entered.</source>
        <translation>GPU 数は 1 である必要があります: GPU-PV では GPU をちょうど 1 つ使用します。入力値は %1 です。</translation>
    </message>
    <message>
        <source>License terms must be accepted before EFLOW can be deployed (Deploy-Eflow -acceptEula Yes).</source>
        <translation>EFLOW をデプロイするには、ライセンス条項に同意する必要があります (Deploy-Eflow -acceptEula Yes)。</translation>
    </message>
    <message>
        <source>Provisioning method</source>
        <translation>プロビジョニング方法</translation>
    </message>
    <message>
        <source>Global endpoint</source>
        <translation>グローバル エンドポイント</translation>
    </message>
    <message>
        <source>IoT Hub host name</source>
        <translation>IoT Hub のホスト名</translation>
    </message>
    <message>
        <source>Identity certificate path</source>
        <translation>ID 証明書のパス</translation>
    </message>
    <message>
        <source>Identity private key path</source>
        <translation>ID 秘密キーのパス</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>キーのソース</translation>
    </message>
    <message>
        <source>Secret reference</source>
        <translation>シークレット参照</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space; remove it.</source>
        <translation>%1 の先頭または末尾にスペースがあります。削除してください。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an absolute Windows path; write it like C:\certs\device.pem.</source>
        <extracomment>%1 field name, %2 the path as typed</extracomment>
        <translation>%1 &apos;%2&apos; は Windows の絶対パスではありません。C:\certs\device.pem のように入力してください。</translation>
    </message>
    <message>
        <source>%1: %2 at position %3 is not allowed in a Windows path.</source>
        <translation>%1: %3 文字目の %2 は Windows のパスに使用できません。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names a folder; give the path of the file.</source>
        <translation>%1 &apos;%2&apos; はフォルダーを指しています。ファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an https URL; the public endpoint is https://global.azure-devices-provisioning.net.</source>
        <translation>%1 &apos;%2&apos; は https の URL ではありません。パブリック エンドポイントは https://global.azure-devices-provisioning.net です。</translation>
    </message>
    <message>
        <source>%1 is required: store %2 in the keychain or give it on standard input.</source>
        <extracomment>%1 &quot;Secret reference&quot;, %2 what the secret is, e.g. &quot;the symmetric key&quot;</extracomment>
        <translation>%1 は必須です: %2 をキーチェーンに保存するか、標準入力で指定してください。</translation>
    </message>
    <message>
        <source>%1 is the same file as the certificate; the private key is a file of its own.</source>
        <translation>%1 が証明書と同じファイルです。秘密キーは別のファイルです。</translation>
    </message>
    <message>
        <source>%1 is required: choose connection string, X.509 or symmetric key (DPS), X.509 (DPS) or TPM (DPS).</source>
        <translation>%1 は必須です: 接続文字列、X.509 または対称キー (DPS)、X.509 (DPS)、または TPM (DPS) を選択してください。</translation>
    </message>
    <message>
        <source>the device connection string</source>
        <translation>デバイスの接続文字列</translation>
    </message>
    <message>
        <source>%1 is required: choose the individual enrollment&apos;s key or a key derived from an enrollment group&apos;s key.</source>
        <translation>%1 は必須です: 個別登録のキー、または登録グループのキーから派生したキーを選択してください。</translation>
    </message>
    <message>
        <source>the enrollment group&apos;s key</source>
        <translation>登録グループのキー</translation>
    </message>
    <message>
        <source>the symmetric key</source>
        <translation>対称キー</translation>
    </message>
    <message>
        <source>NAT prefix length must be between %1 and %2 (e.g. 24 for 255.255.255.0); %3 was entered.</source>
        <translation>NAT プレフィックス長は %1 から %2 の範囲である必要があります (例: 255.255.255.0 の場合は 24)。入力値は %3 です。</translation>
    </message>
    <message>
        <source>Host address &apos;%1&apos; is not an IPv4 address such as 172.20.0.1.</source>
        <extracomment>%1 is the address as typed</extracomment>
        <translation>ホスト アドレス &apos;%1&apos; は、172.20.0.1 のような IPv4 アドレスではありません。</translation>
    </message>
    <message>
        <source>Host address %1 is the network or broadcast address of %2; choose an address from %3 to %4.</source>
        <translation>ホスト アドレス %1 は %2 のネットワーク アドレスまたはブロードキャスト アドレスです。%3 から %4 までのアドレスを選択してください。</translation>
    </message>
    <message>
        <source>Switch name is required for a static IP: the Default Switch always uses DHCP; choose another switch for a static address.</source>
        <translation>静的 IP にはスイッチ名が必要です: Default Switch は常に DHCP を使用します。静的アドレスには別のスイッチを選択してください。</translation>
    </message>
    <message>
        <source>Switch name &apos;%1&apos; is not the new switch &apos;%2&apos;: the VM is deployed on the switch that is created; leave the switch name empty or give the new switch&apos;s name.</source>
        <translation>スイッチ名 &apos;%1&apos; は新しいスイッチ &apos;%2&apos; ではありません: VM は作成されるスイッチにデプロイされます。スイッチ名を空のままにするか、新しいスイッチの名前を指定してください。</translation>
    </message>
    <message>
        <source>Switch type is External, but the new switch &apos;%1&apos; is an Internal switch with NAT; set the switch type to Internal.</source>
        <translation>スイッチの種類が外部ですが、新しいスイッチ &apos;%1&apos; は NAT 付きの内部スイッチです。スイッチの種類を内部に設定してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 &quot;Secret reference&quot;, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New switch name</source>
        <translation>新しいスイッチ名</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>ホスト アドレス</translation>
    </message>
    <message>
        <source>NAT prefix length</source>
        <translation>NAT プレフィックス長</translation>
    </message>
    <message>
        <source>%1 cannot set the virtual machine&apos;s DNS servers (Set-EflowVmDNSServers arrives with 1.4 LTS); remove them or choose a newer release.</source>
        <translation>%1 では仮想マシンの DNS サーバーを設定できません (Set-EflowVmDNSServers は 1.4 LTS で導入されます)。DNS サーバーを削除するか、より新しいリリースを選択してください。</translation>
    </message>
    <message>
        <source>%1 takes a DPS api-version such as 2021-06-01 or 2019-03-31-preview, not &apos;%2&apos;.</source>
        <extracomment>%1 names the option, e.g. --api-version; %2 the value given</extracomment>
        <translation>%1 には 2021-06-01 や 2019-03-31-preview のような DPS の api-version を指定してください (&apos;%2&apos; は指定できません)。</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed in the proxy&apos;s address; type it as http://HOST:PORT.</source>
        <translation>プロキシのアドレスに文字 &apos;%1&apos; は使用できません。http://HOST:PORT の形式で入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address; type it as http://HOST:PORT, for example http://proxy.contoso.com:3128.</source>
        <translation>&quot;%1&quot; はプロキシのアドレスではありません。http://HOST:PORT の形式で入力してください (例: http://proxy.contoso.com:3128)。</translation>
    </message>
    <message>
        <source>the proxy&apos;s address must start with http:// (or https:// for a proxy that takes TLS), not %1://.</source>
        <translation>プロキシのアドレスは %1:// ではなく http:// (TLS を受け付けるプロキシの場合は https://) で始まる必要があります。</translation>
    </message>
    <message>
        <source>the proxy&apos;s address holds a user name or password, which would be kept in plain text in the plan and in the virtual machine&apos;s configuration; let the proxy allow the device by its address instead.</source>
        <translation>プロキシのアドレスにユーザー名またはパスワードが含まれています。これらはプランと仮想マシンの構成にプレーン テキストで保存されてしまいます。代わりに、デバイスをそのアドレスで許可するようプロキシを設定してください。</translation>
    </message>
    <message>
        <source>the proxy&apos;s host name &quot;%1&quot; is not valid.</source>
        <translation>プロキシのホスト名 &quot;%1&quot; は無効です。</translation>
    </message>
    <message>
        <source>the proxy&apos;s address needs a port, for example http://%1:3128.</source>
        <translation>プロキシのアドレスにはポートが必要です (例: http://%1:3128)。</translation>
    </message>
    <message>
        <source>the proxy&apos;s address has a path (%1); give only http://HOST:PORT.</source>
        <translation>プロキシのアドレスにパス (%1) が含まれています。http://HOST:PORT のみを指定してください。</translation>
    </message>
    <message>
        <source>the proxy&apos;s address has a query or fragment; give only http://HOST:PORT.</source>
        <translation>プロキシのアドレスにクエリまたはフラグメントが含まれています。http://HOST:PORT のみを指定してください。</translation>
    </message>
    <message>
        <source>Upstream protocol: &quot;%1&quot; is not one of %2.</source>
        <translation>アップストリーム プロトコル: &quot;%1&quot; は %2 のいずれでもありません。</translation>
    </message>
    <message>
        <source>IoT Edge proxy: type the proxy&apos;s address (http://HOST:PORT), or turn the proxy off.</source>
        <translation>IoT Edge のプロキシ: プロキシのアドレス (http://HOST:PORT) を入力するか、プロキシをオフにしてください。</translation>
    </message>
    <message>
        <source>IoT Edge proxy: the address is longer than 512 characters.</source>
        <translation>IoT Edge のプロキシ: アドレスが 512 文字を超えています。</translation>
    </message>
    <message>
        <source>IoT Edge proxy: %1</source>
        <translation>IoT Edge のプロキシ: %1</translation>
    </message>
    <message>
        <source>IoT Edge proxy: %1 keeps IoT Edge 1.1, whose proxy settings the wizard does not write; choose 1.4 LTS or later, or set the proxy by hand.</source>
        <translation>IoT Edge のプロキシ: %1 では IoT Edge 1.1 のままですが、ウィザードは IoT Edge 1.1 のプロキシ設定を書き込みません。1.4 LTS 以降を選択するか、プロキシを手動で設定してください。</translation>
    </message>
    <message>
        <source>IoT Edge proxy</source>
        <translation>IoT Edge のプロキシ</translation>
    </message>
    <message>
        <source>Upstream protocol</source>
        <translation>アップストリーム プロトコル</translation>
    </message>
</context>
<context>
    <name>WizardRunner</name>
    <message>
        <source>Plan: EFLOW %1; Deploy-Eflow answers: -acceptEula %2 -acceptOptionalTelemetry %3</source>
        <translation>プラン: EFLOW %1。Deploy-Eflow への応答: -acceptEula %2 -acceptOptionalTelemetry %3</translation>
    </message>
    <message>
        <source>Result: the wizard did not complete (see above).</source>
        <translation>結果: ウィザードは完了しませんでした (上記を参照)。</translation>
    </message>
    <message>
        <source>Longest stall of the GUI thread: %1 ms (%2 ticks of 5 ms, %3 stalls over 50 ms)</source>
        <translation>GUI スレッドの最長停止: %1 ms (5 ms のティック %2 回分、50 ms を超える停止 %3 回)</translation>
    </message>
    <message>
        <source>  It ended %1 ms into the run, on the page &quot;%2&quot;.</source>
        <translation>  停止は実行開始から %1 ms 後、ページ「%2」で終わりました。</translation>
    </message>
    <message>
        <source>Result: the device is provisioned and edgeAgent is running.</source>
        <translation>結果: デバイスはプロビジョニングされ、edgeAgent が実行されています。</translation>
    </message>
    <message>
        <source>--target %1: %2</source>
        <translation>--target %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
</context>
<context>
    <name>eflow::dps::DpsDeviceClient</name>
    <message>
        <source>No device key was given for registration ID %1.</source>
        <translation>登録 ID %1 のデバイス キーが指定されていません。</translation>
    </message>
    <message>
        <source>The DPS endpoint %1 is not an https:// address.</source>
        <translation>DPS エンドポイント %1 は https:// アドレスではありません。</translation>
    </message>
    <message>
        <source>Looking up registration ID %1 at %2…</source>
        <translation>%2 で登録 ID %1 を検索しています…</translation>
    </message>
    <message>
        <source>Registering %1 with DPS at %2…</source>
        <translation>%2 の DPS に %1 を登録しています…</translation>
    </message>
    <message>
        <source>DPS is assigning (operation %1), next poll in %2 s</source>
        <translation>DPS が割り当て中です (操作 %1)。次のポーリングは %2 秒後</translation>
    </message>
</context>
<context>
    <name>eflow::host::PowerShellHostBackend</name>
    <message>
        <source>Downloading the installer</source>
        <translation>インストーラーをダウンロードしています</translation>
    </message>
    <message>
        <source>Installing Azure IoT Edge</source>
        <translation>Azure IoT Edge のインストール</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Enabling Hyper-V</source>
        <translation>Hyper-V の有効化</translation>
    </message>
    <message>
        <source>Installing the Hyper-V role</source>
        <translation>Hyper-V の役割をインストールしています</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>The host&apos;s answer to the check could not be read (%1). The host may run a PowerShell version the wizard does not know.</source>
        <translation>チェックに対するホストの応答を読み取れませんでした (%1)。ホストで、ウィザードが認識しない PowerShell のバージョンが実行されている可能性があります。</translation>
    </message>
    <message>
        <source>Deployment successful</source>
        <translation>デプロイに成功しました</translation>
    </message>
    <message>
        <source>%1 could not be started on %2: %3</source>
        <translation>%1 を %2 で開始できませんでした: %3</translation>
    </message>
    <message>
        <source>%1 could not connect to %2 (%3). Check the host name, that its OpenSSH server runs, and that key login works.</source>
        <translation>%1 は %2 に接続できませんでした (%3)。ホスト名、OpenSSH サーバーが実行されていること、キーによるログインが機能することを確認してください。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 could not be started: no target host is set.</source>
        <translation>%1 を開始できませんでした: ターゲット ホストが設定されていません。</translation>
    </message>
    <message>
        <source>The host check</source>
        <translation>ホストのチェック</translation>
    </message>
    <message>
        <source>Creating the virtual switch</source>
        <translation>仮想スイッチの作成</translation>
    </message>
    <message>
        <source>The deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>プロビジョニング</translation>
    </message>
    <message>
        <source>Reading the virtual machine status</source>
        <translation>仮想マシンの状態の読み取り</translation>
    </message>
    <message>
        <source>Reading the module list</source>
        <translation>モジュール一覧の読み取り</translation>
    </message>
    <message>
        <source>Reading the IoT Edge service status</source>
        <translation>IoT Edge サービスの状態の読み取り</translation>
    </message>
    <message>
        <source>The IoT Edge check</source>
        <translation>IoT Edge のチェック</translation>
    </message>
    <message>
        <source>Reading the IoT Edge logs</source>
        <translation>IoT Edge のログの読み取り</translation>
    </message>
    <message>
        <source>Collecting the support bundle</source>
        <translation>サポート バンドルの収集</translation>
    </message>
    <message>
        <source>Restarting Windows</source>
        <translation>Windows の再起動</translation>
    </message>
    <message>
        <source>Uninstalling EFLOW</source>
        <translation>EFLOW のアンインストール</translation>
    </message>
    <message>
        <source>Reading the license terms</source>
        <translation>ライセンス条項の読み取り</translation>
    </message>
    <message>
        <source>Reading the logs of module %1</source>
        <translation>モジュール %1 のログの読み取り</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a module name.</source>
        <translation>「%1」はモジュール名ではありません。</translation>
    </message>
    <message>
        <source>Copying the support bundle</source>
        <translation>サポート バンドルのコピー</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 を %2 にコピーできませんでした。</translation>
    </message>
    <message>
        <source>Setting the IoT Edge proxy</source>
        <translation>IoT Edge のプロキシを設定しています</translation>
    </message>
    <message>
        <source>No IoT Edge proxy was given.</source>
        <translation>IoT Edge のプロキシが指定されていません。</translation>
    </message>
</context>
<context>
    <name>eflow::host::PowerShellProcess</name>
    <message>
        <source>%1 could not be started: this computer has no usable OpenSSH client; install the OpenSSH client or use the demo host</source>
        <translation>%1 を開始できませんでした: このコンピューターには使用可能な OpenSSH クライアントがありません。OpenSSH クライアントをインストールするか、デモ ホストを使用してください</translation>
    </message>
    <message>
        <source>%1 could not be started: this computer has no Windows PowerShell; use the demo host or a remote Windows host</source>
        <translation>%1 を開始できませんでした: このコンピューターには Windows PowerShell がありません。デモ ホストまたはリモートの Windows ホストを使用してください</translation>
    </message>
    <message numerus="yes">
        <source>PowerShell did not finish within %n second(s) and was stopped; the host may be busy or waiting for input. Try again, or raise the time limit.</source>
        <translation>
            <numerusform>PowerShell が %n 秒以内に完了しなかったため、停止されました。ホストがビジー状態か、入力を待っている可能性があります。もう一度お試しいただくか、制限時間を延ばしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>PowerShell ended abnormally (crashed). See the details for its last error output.</source>
        <translation>PowerShell が異常終了しました (クラッシュ)。最後のエラー出力については詳細を参照してください。</translation>
    </message>
    <message>
        <source>The PowerShell script failed with exit code %1. See the details for its error output.</source>
        <translation>PowerShell スクリプトが終了コード %1 で失敗しました。エラー出力については詳細を参照してください。</translation>
    </message>
    <message>
        <source>The PowerShell script ended without reporting a result; the host&apos;s PowerShell may be too old or the script was interrupted.</source>
        <translation>PowerShell スクリプトが結果を報告せずに終了しました。ホストの PowerShell が古すぎるか、スクリプトが中断された可能性があります。</translation>
    </message>
    <message>
        <source>The PowerShell script reported a result that is not a JSON object (%1).</source>
        <translation>PowerShell スクリプトが、JSON オブジェクトではない結果を報告しました (%1)。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>The PowerShell script reported a result larger than %1 MB, more than the wizard reads; ask for less, for example fewer log lines.</source>
        <translation>PowerShell スクリプトが、ウィザードが読み取れる上限の %1 MB を超える結果を報告しました。ログの行数を減らすなど、要求する量を減らしてください。</translation>
    </message>
</context>
<context>
    <name>eflow::host::SshHostKeyScan</name>
    <message>
        <source>ssh-keyscan did not finish in time.</source>
        <translation>ssh-keyscan が時間内に完了しませんでした。</translation>
    </message>
    <message>
        <source>ssh-keyscan printed more than a host key.</source>
        <translation>ssh-keyscan がホスト キー以外のものを出力しました。</translation>
    </message>
    <message>
        <source>ssh-keyscan could not be started (%1); install the OpenSSH client.</source>
        <translation>ssh-keyscan を開始できませんでした (%1)。OpenSSH クライアントをインストールしてください。</translation>
    </message>
    <message>
        <source>ssh-keyscan found no host key.</source>
        <translation>ssh-keyscan でホスト キーが見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 was refused: THE HOST KEY OF %2 HAS CHANGED since it was trusted (it now shows %3). Someone may be intercepting the connection, or the host was reinstalled. The wizard does not connect. Only if the host&apos;s administrator confirms a reinstall, remove the old key from %4 and check the host again.</source>
        <translation>%1 は拒否されました: 信頼された後で %2 のホスト キーが変更されています (現在のキーは %3)。接続が傍受されているか、ホストが再インストールされた可能性があります。ウィザードは接続しません。ホストの管理者が再インストールを確認した場合に限り、%4 から古いキーを削除して、もう一度ホストを確認してください。</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>別のキー</translation>
    </message>
    <message>
        <source>%1 was not started: the wizard does not know the host key of %2 yet, and its fingerprint could not be read (%3).</source>
        <translation>%1 は開始されませんでした: ウィザードは %2 のホスト キーをまだ認識しておらず、そのフィンガープリントも読み取れませんでした (%3)。</translation>
    </message>
    <message>
        <source>%1 was not started: the wizard does not know the host key of %2 yet (%3, fingerprint %4).</source>
        <translation>%1 は開始されませんでした: ウィザードは %2 のホスト キーをまだ認識していません (%3、フィンガープリント %4)。</translation>
    </message>
</context>
<context>
    <name>eflow::jobs::Pipeline</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>The step stopped unexpectedly.</source>
        <translation>手順が予期せず停止しました。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” did not finish within %n second(s).</source>
        <translation>
            <numerusform>「%1」が %n 秒以内に完了しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” did not finish in time.</source>
        <translation>「%1」が時間内に完了しませんでした。</translation>
    </message>
</context>
<context>
    <name>eflow::localdps::LocalDps</name>
    <message>
        <source>Cannot create the local DPS state folder %1.</source>
        <translation>ローカル DPS の状態フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot read the local DPS state file %1: %2</source>
        <translation>ローカル DPS の状態ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The service policy key is not valid base64.</source>
        <translation>サービス ポリシー キーが有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>Cannot create the local DPS certificates: %1</source>
        <translation>ローカル DPS の証明書を作成できません: %1</translation>
    </message>
    <message>
        <source>The local DPS cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>ローカル DPS が 127.0.0.1 のポート %1 でリッスンできません: %2</translation>
    </message>
    <message>
        <source>Cannot write the local DPS state file %1.</source>
        <translation>ローカル DPS の状態ファイル %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>eflow::localdps::LocalDpsThread</name>
    <message numerus="yes">
        <source>The local DPS did not answer within %n second(s).</source>
        <translation>
            <numerusform>ローカル DPS が %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eflow::sim::DemoEnvironment</name>
    <message>
        <source>No temporary folder for the local DPS certificate: %1</source>
        <translation>ローカル DPS の証明書用の一時フォルダーがありません: %1</translation>
    </message>
    <message>
        <source>The local DPS did not start: %1</source>
        <translation>ローカル DPS が起動しませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot write the local DPS certificate to %1: %2</source>
        <translation>ローカル DPS の証明書を %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The demo enrollments could not be made: %1</source>
        <translation>デモ用の登録を作成できませんでした: %1</translation>
    </message>
    <message>
        <source>the local DPS did not answer in time.</source>
        <translation>ローカル DPS が時間内に応答しませんでした。</translation>
    </message>
</context>
<context>
    <name>eflow::support::OwnerOnlySaveFile</name>
    <message>
        <source>%1 can be read by others, and its permissions cannot be limited to its owner (it may belong to someone else); nothing was written</source>
        <extracomment>%1 file path</extracomment>
        <translation>%1 は他のユーザーが読み取ることができ、そのアクセス許可を所有者のみに制限できません (他のユーザーが所有している可能性があります)。何も書き込まれませんでした</translation>
    </message>
    <message>
        <source>The permissions of %1 cannot be limited to its owner; nothing was written</source>
        <extracomment>%1 file path</extracomment>
        <translation>%1 のアクセス許可を所有者のみに制限できません。何も書き込まれませんでした</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <extracomment>%1 folder path</extracomment>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <extracomment>%1 path</extracomment>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>The folder %1 can be read by others, and its permissions cannot be limited to its owner (it may belong to someone else).</source>
        <extracomment>%1 folder path</extracomment>
        <translation>フォルダー %1 は他のユーザーが読み取ることができ、そのアクセス許可を所有者のみに制限できません (他のユーザーが所有している可能性があります)。</translation>
    </message>
</context>
<context>
    <name>eflow::support::SecretStore</name>
    <message>
        <source>The key to remember is empty or longer than %1 bytes; give the key itself (a base64 key or a connection string).</source>
        <translation>保存するキーが空か、%1 バイトを超えています。キーそのもの (base64 キーまたは接続文字列) を指定してください。</translation>
    </message>
    <message>
        <source>No key named %1 is remembered in the system keychain, so there was nothing to forget.</source>
        <translation>%1 という名前のキーはシステム キーチェーンに保存されていないため、削除するものはありませんでした。</translation>
    </message>
    <message>
        <source>No key named %1 is remembered in the system keychain; remember it first with &quot;eflow-wizard secret store %1&quot;, or give the key itself.</source>
        <translation>%1 という名前のキーはシステム キーチェーンに保存されていません。先に「eflow-wizard secret store %1」で保存するか、キーそのものを指定してください。</translation>
    </message>
    <message>
        <source>No system keychain is available here (no Secret Service on the D-Bus session bus), so the key is held in memory only for this run.</source>
        <translation>ここではシステム キーチェーンを使用できない (D-Bus セッション バスに Secret Service がない) ため、キーはこの実行中のみメモリに保持されます。</translation>
    </message>
    <message>
        <source>No system keychain is available here (no Secret Service on the D-Bus session bus), so remembered keys cannot be used; give the key itself instead.</source>
        <translation>ここではシステム キーチェーンを使用できない (D-Bus セッション バスに Secret Service がない) ため、保存済みのキーは使用できません。代わりにキーそのものを指定してください。</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access; unlock it (for example by logging in to the desktop session) and try again.</source>
        <translation>システム キーチェーンがロックされているか、アクセスが拒否されました。ロックを解除して (たとえばデスクトップ セッションにログインして)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s: it may be waiting for an unlock prompt, or be hung; unlock or restart it and try again.</source>
        <translation>システム キーチェーンが %1 秒以内に応答しませんでした。ロック解除のプロンプトを待っているか、応答が停止している可能性があります。ロックを解除するか再起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain could not remember the key %1 (see the details); check that it is unlocked and try again.</source>
        <translation>システム キーチェーンにキー %1 を保存できませんでした (詳細を参照)。ロックが解除されていることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain could not forget the key %1 (see the details); check that it is unlocked and try again.</source>
        <translation>システム キーチェーンからキー %1 を削除できませんでした (詳細を参照)。ロックが解除されていることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain could not read the key %1 (see the details); check that it is unlocked and try again.</source>
        <translation>システム キーチェーンからキー %1 を読み取れませんでした (詳細を参照)。ロックが解除されていることを確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ConnectPage</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Azure IoT Edge device provisioning: choose how the device gets its identity, check the credentials, then provision the virtual machine.</source>
        <translation>Azure IoT Edge デバイスのプロビジョニング: デバイスが ID を取得する方法を選択し、資格情報を確認してから、仮想マシンをプロビジョニングします。</translation>
    </message>
    <message>
        <source>Provisioning method</source>
        <translation>プロビジョニング方法</translation>
    </message>
    <message>
        <source>Provisioning &amp;method:</source>
        <translation>プロビジョニング方法(&amp;M):</translation>
    </message>
    <message>
        <source>C&amp;heck with DPS</source>
        <translation>DPS で確認(&amp;H)</translation>
    </message>
    <message>
        <source>Check with DPS</source>
        <translation>DPS で確認</translation>
    </message>
    <message>
        <source>&amp;Provision with the selected method</source>
        <translation>選択した方法でプロビジョニング(&amp;P)</translation>
    </message>
    <message>
        <source>Provision with the selected method</source>
        <translation>選択した方法でプロビジョニング</translation>
    </message>
    <message>
        <source>What DPS answered</source>
        <translation>DPS の応答</translation>
    </message>
    <message>
        <source>Provisioning steps</source>
        <translation>プロビジョニングの手順</translation>
    </message>
    <message>
        <source>Provisioning result</source>
        <translation>プロビジョニングの結果</translation>
    </message>
    <message>
        <source>ID &amp;scope:</source>
        <translation>ID スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID スコープ</translation>
    </message>
    <message>
        <source>&amp;Registration ID:</source>
        <translation>登録 ID(&amp;R):</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>登録 ID</translation>
    </message>
    <message>
        <source>&amp;Individual enrollment key</source>
        <translation>個別登録のキー(&amp;I)</translation>
    </message>
    <message>
        <source>Individual enrollment key</source>
        <translation>個別登録のキー</translation>
    </message>
    <message>
        <source>Enrollment &amp;group key (the device key is derived here)</source>
        <translation>登録グループのキー(&amp;G) (デバイス キーはここで派生されます)</translation>
    </message>
    <message>
        <source>Enrollment group key (the device key is derived here)</source>
        <translation>登録グループのキー (デバイス キーはここで派生されます)</translation>
    </message>
    <message>
        <source>Key kind:</source>
        <translation>キーの種類:</translation>
    </message>
    <message>
        <source>Symmetric &amp;key:</source>
        <translation>対称キー(&amp;K):</translation>
    </message>
    <message>
        <source>Symmetric key</source>
        <translation>対称キー</translation>
    </message>
    <message>
        <source>Derived device key</source>
        <translation>派生デバイス キー</translation>
    </message>
    <message>
        <source>Show the derived device key</source>
        <translation>派生デバイス キーを表示</translation>
    </message>
    <message>
        <source>Copy the derived device key</source>
        <translation>派生デバイス キーをコピー</translation>
    </message>
    <message>
        <source>&amp;Derived device key:</source>
        <translation>派生デバイス キー(&amp;D):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>Global &amp;endpoint:</source>
        <translation>グローバル エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <source>Global endpoint</source>
        <translation>グローバル エンドポイント</translation>
    </message>
    <message>
        <source>Group &amp;key:</source>
        <translation>グループ キー(&amp;K):</translation>
    </message>
    <message>
        <source>Enrollment group key</source>
        <translation>登録グループのキー</translation>
    </message>
    <message>
        <source>Device &amp;connection string:</source>
        <translation>デバイスの接続文字列(&amp;C):</translation>
    </message>
    <message>
        <source>Device connection string</source>
        <translation>デバイスの接続文字列</translation>
    </message>
    <message>
        <source>&amp;IoT hub hostname:</source>
        <translation>IoT Hub ホスト名(&amp;I):</translation>
    </message>
    <message>
        <source>IoT hub hostname</source>
        <translation>IoT Hub ホスト名</translation>
    </message>
    <message>
        <source>De&amp;vice ID:</source>
        <translation>デバイス ID(&amp;V):</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <source>Identity &amp;certificate (path on the Windows host):</source>
        <translation>ID 証明書(&amp;C) (Windows ホスト上のパス):</translation>
    </message>
    <message>
        <source>Identity certificate path</source>
        <translation>ID 証明書のパス</translation>
    </message>
    <message>
        <source>Identity private &amp;key (path on the Windows host):</source>
        <translation>ID 秘密キー(&amp;K) (Windows ホスト上のパス):</translation>
    </message>
    <message>
        <source>Identity private key path</source>
        <translation>ID 秘密キーのパス</translation>
    </message>
    <message>
        <source>&amp;Registration ID (optional):</source>
        <translation>登録 ID(&amp;R) (省略可能):</translation>
    </message>
    <message>
        <source>the certificate&apos;s common name</source>
        <translation>証明書の共通名</translation>
    </message>
    <message>
        <source>TPM provisioning needs TPM 2.0 on the host and the VM&apos;s TPM passthrough. Run this on the Windows host first (elevated):
Set-EflowVmFeature -feature DpsTpm -enable</source>
        <translation>TPM プロビジョニングには、ホストの TPM 2.0 と VM の TPM パススルーが必要です。先に Windows ホストで次のコマンドを (管理者特権で) 実行してください:
Set-EflowVmFeature -feature DpsTpm -enable</translation>
    </message>
    <message>
        <source>Demo enrollment (local DPS)</source>
        <translation>デモ登録 (ローカル DPS)</translation>
    </message>
    <message>
        <source>ID scope:</source>
        <translation>ID スコープ:</translation>
    </message>
    <message>
        <source>Demo individual enrollment key</source>
        <translation>デモ個別登録のキー</translation>
    </message>
    <message>
        <source>Show the demo individual enrollment key</source>
        <translation>デモ個別登録のキーを表示</translation>
    </message>
    <message>
        <source>Copy the demo individual enrollment key</source>
        <translation>デモ個別登録のキーをコピー</translation>
    </message>
    <message>
        <source>Individual key (demo-device):</source>
        <translation>個別キー (demo-device):</translation>
    </message>
    <message>
        <source>Demo enrollment group key</source>
        <translation>デモ登録グループのキー</translation>
    </message>
    <message>
        <source>Show the demo enrollment group key</source>
        <translation>デモ登録グループのキーを表示</translation>
    </message>
    <message>
        <source>Copy the demo enrollment group key</source>
        <translation>デモ登録グループのキーをコピー</translation>
    </message>
    <message>
        <source>Group key (demo-group):</source>
        <translation>グループ キー (demo-group):</translation>
    </message>
    <message>
        <source>&amp;Use the demo enrollment</source>
        <translation>デモ登録を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use the demo enrollment</source>
        <translation>デモ登録を使用</translation>
    </message>
    <message>
        <source>Asking DPS…</source>
        <translation>DPS に問い合わせています…</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>プロビジョニングしています…</translation>
    </message>
    <message>
        <source>Asking DPS to register %1…</source>
        <translation>DPS に %1 の登録を要求しています…</translation>
    </message>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>システム キーチェーンを待機しています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the running check or provisioning</source>
        <translation>実行中の確認またはプロビジョニングを停止します</translation>
    </message>
    <message>
        <source>Show the device connection string</source>
        <translation>デバイスの接続文字列を表示</translation>
    </message>
    <message>
        <source>Provision after a failed check?</source>
        <translation>確認に失敗しましたが、プロビジョニングしますか?</translation>
    </message>
    <message>
        <source>The check with DPS failed: %1

Provision the device with these credentials anyway?</source>
        <translation>DPS での確認に失敗しました: %1

この資格情報でデバイスをプロビジョニングしますか?</translation>
    </message>
    <message>
        <source>&amp;Provision anyway</source>
        <translation>このままプロビジョニング(&amp;P)</translation>
    </message>
    <message>
        <source>Show the enrollment group key</source>
        <translation>登録グループのキーを表示</translation>
    </message>
    <message>
        <source>Show the symmetric key</source>
        <translation>対称キーを表示</translation>
    </message>
    <message>
        <source>Create or pick an enro&amp;llment…</source>
        <translation>登録を作成または選択(&amp;L)…</translation>
    </message>
    <message>
        <source>Create or pick an enrollment in the Enrollments window</source>
        <translation>[登録] ウィンドウで登録を作成または選択します</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ConsoleView</name>
    <message>
        <source>Console output</source>
        <translation>コンソール出力</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 を書き込み用に開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Save logs</source>
        <translation>ログの保存</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>ログ ファイル (*.log *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save logs…</source>
        <translation>ログを保存…</translation>
    </message>
</context>
<context>
    <name>eflow::ui::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>The wizard installs EFLOW on the target device, configures the host and creates the Linux virtual machine. This takes a few minutes.</source>
        <translation>ウィザードはターゲット デバイスに EFLOW をインストールし、ホストを構成して、Linux 仮想マシンを作成します。これには数分かかります。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation>続行する(&amp;C)</translation>
    </message>
    <message>
        <source>Continue the interrupted deployment</source>
        <translation>中断されたデプロイを続行</translation>
    </message>
    <message>
        <source>S&amp;tart over</source>
        <translation>最初からやり直す(&amp;T)</translation>
    </message>
    <message>
        <source>Start the deployment over</source>
        <translation>デプロイを最初からやり直す</translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation>手順(&amp;E):</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <source>Result message</source>
        <translation>結果メッセージ</translation>
    </message>
    <message>
        <source>Conso&amp;le:</source>
        <translation>コンソール(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Retry the deployment</source>
        <translation>デプロイを再試行</translation>
    </message>
    <message>
        <source>&amp;Save logs…</source>
        <translation>ログを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save logs</source>
        <translation>ログの保存</translation>
    </message>
    <message>
        <source>Elapsed %1 min %2 s</source>
        <translation>経過時間 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>An interrupted deployment from %1 can continue after: %2.</source>
        <translation>%1 に中断されたデプロイがあり、次の手順の後から続行できます: %2。</translation>
    </message>
    <message>
        <source>no step completed yet</source>
        <translation>まだ完了した手順はありません</translation>
    </message>
    <message>
        <source>It stopped with: %1</source>
        <translation>停止時のメッセージ: %1</translation>
    </message>
    <message>
        <source>Continue the interrupted deployment, or start over.</source>
        <translation>中断されたデプロイを続行するか、最初からやり直してください。</translation>
    </message>
    <message>
        <source>Deployment failed with errors</source>
        <translation>デプロイはエラーで失敗しました</translation>
    </message>
    <message>
        <source>The deployment could not start. Check the target on the previous pages, then try again.</source>
        <translation>デプロイを開始できませんでした。前のページでターゲットを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Deploying EFLOW…</source>
        <translation>EFLOW をデプロイしています…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine %1 is deployed at %2.</source>
        <translation>EFLOW 仮想マシン %1 が %2 にデプロイされました。</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine %1 is deployed.</source>
        <translation>EFLOW 仮想マシン %1 がデプロイされました。</translation>
    </message>
    <message>
        <source>The EFLOW virtual machine is deployed.</source>
        <translation>EFLOW 仮想マシンがデプロイされました。</translation>
    </message>
    <message>
        <source>Click Next to connect the device to Azure IoT Hub.</source>
        <translation>[次へ] をクリックして、デバイスを Azure IoT Hub に接続します。</translation>
    </message>
    <message>
        <source>The step “%1” failed.</source>
        <translation>手順「%1」が失敗しました。</translation>
    </message>
    <message>
        <source>Details of the failure:</source>
        <translation>失敗の詳細:</translation>
    </message>
    <message>
        <source>Cancelled — run again to continue</source>
        <translation>キャンセルされました — 続行するにはもう一度実行してください</translation>
    </message>
    <message>
        <source>The running step was stopped and cleaned up. The completed steps are kept: Retry continues from the step that was cancelled.</source>
        <translation>実行中の手順は停止され、クリーンアップされました。完了した手順は保持されます。[再試行] を押すと、キャンセルされた手順から続行します。</translation>
    </message>
    <message>
        <source>— Retrying from the step that did not complete —</source>
        <translation>— 完了しなかった手順から再試行しています —</translation>
    </message>
    <message>
        <source>Stop &amp;deployment</source>
        <translation>デプロイを停止(&amp;D)</translation>
    </message>
    <message>
        <source>Stop the deployment</source>
        <translation>デプロイを停止</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <extracomment>%1 a duration such as &quot;1 minute 5 seconds&quot;</extracomment>
        <translation>所要時間: %1</translation>
    </message>
    <message>
        <source>An EFLOW virtual machine already exists on the target</source>
        <translation>ターゲットには既に EFLOW 仮想マシンが存在します</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>The existing EFLOW virtual machine %1 was kept as it was.</source>
        <translation>既存の EFLOW 仮想マシン %1 はそのまま保持されました。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Your changed settings were not applied:</source>
        <translation>変更した設定は適用されませんでした:</translation>
    </message>
    <message>
        <source>Windows must restart to finish enabling Hyper-V</source>
        <translation>Hyper-V の有効化を完了するには、Windows を再起動する必要があります</translation>
    </message>
    <message>
        <source>Windows must restart to finish removing EFLOW</source>
        <translation>EFLOW の削除を完了するには、Windows を再起動する必要があります</translation>
    </message>
    <message>
        <source>Windows must restart to finish installing EFLOW</source>
        <translation>EFLOW のインストールを完了するには、Windows を再起動する必要があります</translation>
    </message>
    <message>
        <source>Restarting the target device…</source>
        <translation>ターゲット デバイスを再起動しています…</translation>
    </message>
    <message>
        <source>— Restarting %1 —</source>
        <translation>— %1 を再起動しています —</translation>
    </message>
    <message>
        <source>— The target device is back; the deployment continues —</source>
        <translation>— ターゲット デバイスが再び応答しました。デプロイを続行します —</translation>
    </message>
    <message>
        <source>Waiting for the restart was stopped</source>
        <translation>再起動の待機は停止されました</translation>
    </message>
    <message>
        <source>The target device did not answer after the restart</source>
        <translation>再起動後、ターゲット デバイスが応答しませんでした</translation>
    </message>
    <message>
        <source>Stop deployment</source>
        <translation>デプロイの停止</translation>
    </message>
    <message>
        <source>The deployment is still running. Stop it? You can continue it later.</source>
        <translation>デプロイはまだ実行中です。停止しますか? 後で続行できます。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::DpsServiceConnection</name>
    <message>
        <source>Enter the connection string of a shared access policy of your DPS.</source>
        <translation>DPS の共有アクセス ポリシーの接続文字列を入力してください。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::EnrollmentDialog</name>
    <message>
        <source>New enrollment group</source>
        <translation>新しい登録グループ</translation>
    </message>
    <message>
        <source>New individual enrollment</source>
        <translation>新しい個別登録</translation>
    </message>
    <message>
        <source>Enrollment group %1</source>
        <translation>登録グループ %1</translation>
    </message>
    <message>
        <source>Individual enrollment %1</source>
        <translation>個別登録 %1</translation>
    </message>
    <message>
        <source>What DPS answered</source>
        <translation>DPS の応答</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>変更を保存(&amp;C)</translation>
    </message>
    <message>
        <source>Create the enrollment</source>
        <translation>登録を作成</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Read the enrollment from DPS again</source>
        <translation>DPS から登録をもう一度読み取る</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Connect to a DPS first.</source>
        <translation>先に DPS に接続してください。</translation>
    </message>
    <message>
        <source>Reading %1 from DPS…</source>
        <translation>DPS から %1 を読み取っています…</translation>
    </message>
    <message>
        <source>DPS did not return the keys of %1, and saving without them would replace them. Reload and try again.</source>
        <translation>DPS から %1 のキーが返されませんでした。キーなしで保存するとキーが置き換えられます。再読み込みしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 を作成しています…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存しています…</translation>
    </message>
    <message>
        <source>Reading the keys of %1…</source>
        <translation>%1 のキーを読み取っています…</translation>
    </message>
</context>
<context>
    <name>eflow::ui::EnrollmentForm</name>
    <message>
        <source>IoT &amp;Edge device</source>
        <translation>IoT Edge デバイス(&amp;E)</translation>
    </message>
    <message>
        <source>IoT Edge device</source>
        <translation>IoT Edge デバイス</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>プロビジョニングの状態</translation>
    </message>
    <message>
        <source>Provisioning &amp;status:</source>
        <translation>プロビジョニングの状態(&amp;S):</translation>
    </message>
    <message>
        <source>Initial device t&amp;win (tags and desired properties, JSON):</source>
        <translation>初期デバイス ツイン(&amp;W) (タグと必要なプロパティ、JSON):</translation>
    </message>
    <message>
        <source>Enrollment group ID</source>
        <translation>登録グループ ID</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>登録 ID</translation>
    </message>
    <message>
        <source>Enrollment group &amp;ID:</source>
        <translation>登録グループ ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Registration ID:</source>
        <translation>登録 ID(&amp;R):</translation>
    </message>
    <message>
        <source>IoT Hub device ID (optional)</source>
        <translation>IoT Hub デバイス ID (省略可能)</translation>
    </message>
    <message>
        <source>the registration ID</source>
        <translation>登録 ID</translation>
    </message>
    <message>
        <source>IoT Hub &amp;device ID (optional):</source>
        <translation>IoT Hub デバイス ID(&amp;D) (省略可能):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Gener&amp;ate the keys</source>
        <translation>キーを生成(&amp;A)</translation>
    </message>
    <message>
        <source>Generate the keys</source>
        <translation>キーを生成</translation>
    </message>
    <message>
        <source>E&amp;nter the keys</source>
        <translation>キーを入力(&amp;N)</translation>
    </message>
    <message>
        <source>Enter the keys</source>
        <translation>キーを入力</translation>
    </message>
    <message>
        <source>New &amp;keys</source>
        <translation>新しいキー(&amp;K)</translation>
    </message>
    <message>
        <source>Generate new keys</source>
        <translation>新しいキーを生成</translation>
    </message>
    <message>
        <source>Symmetric keys:</source>
        <translation>対称キー:</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>主キー(&amp;P):</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主キー</translation>
    </message>
    <message>
        <source>Show the primary key</source>
        <translation>主キーを表示</translation>
    </message>
    <message>
        <source>Copy the primary key</source>
        <translation>主キーをコピー</translation>
    </message>
    <message>
        <source>Secondar&amp;y key:</source>
        <translation>セカンダリ キー(&amp;Y):</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>セカンダリ キー</translation>
    </message>
    <message>
        <source>Show the secondary key</source>
        <translation>セカンダリ キーを表示</translation>
    </message>
    <message>
        <source>Copy the secondary key</source>
        <translation>セカンダリ キーをコピー</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>The random generator failed: enter the keys instead.</source>
        <translation>乱数ジェネレーターが失敗しました。代わりにキーを入力してください。</translation>
    </message>
    <message>
        <source>Enter both the primary and the secondary key.</source>
        <translation>主キーとセカンダリ キーの両方を入力してください。</translation>
    </message>
    <message>
        <source>none returned</source>
        <translation>返されませんでした</translation>
    </message>
    <message>
        <source>not a symmetric-key enrollment</source>
        <translation>対称キーの登録ではありません</translation>
    </message>
</context>
<context>
    <name>eflow::ui::EnrollmentListModel</name>
    <message>
        <source>Individual</source>
        <translation>個別</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>IoT Edge</source>
        <translation>IoT Edge</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>プロビジョニングの状態</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT Hub</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最終更新日時</translation>
    </message>
</context>
<context>
    <name>eflow::ui::EnrollmentsWindow</name>
    <message>
        <source>DPS enrollments</source>
        <translation>DPS の登録</translation>
    </message>
    <message>
        <source>What DPS answered</source>
        <translation>DPS の応答</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the running DPS request</source>
        <translation>実行中の DPS 要求を停止します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>ID でフィルター</translation>
    </message>
    <message>
        <source>part of a registration ID or group ID</source>
        <translation>登録 ID またはグループ ID の一部</translation>
    </message>
    <message>
        <source>&amp;Filter by ID:</source>
        <translation>ID でフィルター(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>一覧をもう一度読み取ります</translation>
    </message>
    <message>
        <source>Individual enrollments and enrollment groups</source>
        <translation>個別登録と登録グループ</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>さらに表示(&amp;M)</translation>
    </message>
    <message>
        <source>Read the next page of enrollments</source>
        <translation>登録の次のページを読み取ります</translation>
    </message>
    <message>
        <source>New &amp;individual enrollment…</source>
        <translation>新しい個別登録(&amp;I)…</translation>
    </message>
    <message>
        <source>New individual enrollment</source>
        <translation>新しい個別登録</translation>
    </message>
    <message>
        <source>New enrollment &amp;group…</source>
        <translation>新しい登録グループ(&amp;G)…</translation>
    </message>
    <message>
        <source>New enrollment group</source>
        <translation>新しい登録グループ</translation>
    </message>
    <message>
        <source>&amp;View or edit…</source>
        <translation>表示または編集(&amp;V)…</translation>
    </message>
    <message>
        <source>View or edit the selected enrollment</source>
        <translation>選択した登録を表示または編集します</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>削除(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete the selected enrollment</source>
        <translation>選択した登録を削除します</translation>
    </message>
    <message>
        <source>Registratio&amp;n records…</source>
        <translation>登録レコード(&amp;N)…</translation>
    </message>
    <message>
        <source>Registration records of the selected enrollment</source>
        <translation>選択した登録の登録レコード</translation>
    </message>
    <message>
        <source>&amp;Use in the wizard…</source>
        <translation>ウィザードで使用(&amp;U)…</translation>
    </message>
    <message>
        <source>Use the selected enrollment on the wizard&apos;s Connect page</source>
        <translation>選択した登録をウィザードの [接続] ページで使用します</translation>
    </message>
    <message>
        <source>Connect to a DPS to see its enrollments.</source>
        <translation>登録を表示するには DPS に接続してください。</translation>
    </message>
    <message>
        <source>%1 individual enrollment(s) and %2 enrollment group(s) read.</source>
        <extracomment>%1 individual enrollments, %2 enrollment groups</extracomment>
        <translation>%1 件の個別登録と %2 件の登録グループを読み取りました。</translation>
    </message>
    <message>
        <source>%1 individual enrollment(s) and %2 enrollment group(s) read; DPS has more (More).</source>
        <translation>%1 件の個別登録と %2 件の登録グループを読み取りました。DPS にはさらに登録があります ([さらに表示])。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected to %1 with the shared access policy %2.</source>
        <translation>共有アクセス ポリシー %2 で %1 に接続しました。</translation>
    </message>
    <message>
        <source>Reading enrollment groups…</source>
        <translation>登録グループを読み取っています…</translation>
    </message>
    <message>
        <source>Reading individual enrollments…</source>
        <translation>個別登録を読み取っています…</translation>
    </message>
    <message>
        <source>Saved the enrollment group %1.</source>
        <translation>登録グループ %1 を保存しました。</translation>
    </message>
    <message>
        <source>Saved the individual enrollment %1.</source>
        <translation>個別登録 %1 を保存しました。</translation>
    </message>
    <message>
        <source>Delete the enrollment group %1? Devices that registered through it keep their IoT Hub identity, but no device can provision with its keys any more.</source>
        <translation>登録グループ %1 を削除しますか? これを通じて登録されたデバイスは IoT Hub の ID を保持しますが、そのキーでプロビジョニングできるデバイスはなくなります。</translation>
    </message>
    <message>
        <source>Delete the individual enrollment %1? The device keeps its IoT Hub identity, but it can no longer provision with this enrollment.</source>
        <translation>個別登録 %1 を削除しますか? デバイスは IoT Hub の ID を保持しますが、この登録ではプロビジョニングできなくなります。</translation>
    </message>
    <message>
        <source>Delete enrollment</source>
        <translation>登録の削除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>The wizard&apos;s Connect page uses the registration ID %1 and its key now.</source>
        <translation>ウィザードの [接続] ページで、登録 ID %1 とそのキーが使用されるようになりました。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ExistingVmNotice</name>
    <message>
        <source>Existing virtual machine</source>
        <translation>既存の仮想マシン</translation>
    </message>
    <message>
        <source>&amp;Keep the existing VM</source>
        <translation>既存の VM を保持する(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the existing virtual machine and deploy without changing it</source>
        <translation>既存の仮想マシンを保持し、変更せずにデプロイします</translation>
    </message>
    <message>
        <source>Remo&amp;ve it and deploy again…</source>
        <translation>削除して再デプロイする(&amp;V)…</translation>
    </message>
    <message>
        <source>Remove the existing virtual machine and deploy it again with the new settings</source>
        <translation>既存の仮想マシンを削除し、新しい設定で再デプロイします</translation>
    </message>
    <message>
        <source>the EFLOW virtual machine</source>
        <translation>EFLOW 仮想マシン</translation>
    </message>
    <message>
        <source>An EFLOW virtual machine (%1) already exists on the target, and its settings differ from yours:
%2
Deploying keeps the existing VM as it is; your new settings are applied only if it is removed and deployed again.</source>
        <extracomment>%1 the VM&apos;s name, %2 one line per changed setting</extracomment>
        <translation>ターゲットには既に EFLOW 仮想マシン (%1) が存在し、その設定は指定した設定と異なります:
%2
デプロイしても既存の VM はそのまま保持されます。新しい設定は、VM を削除して再デプロイした場合にのみ適用されます。</translation>
    </message>
    <message>
        <source>Remove the virtual machine</source>
        <translation>仮想マシンの削除</translation>
    </message>
    <message>
        <source>Remove %1 and deploy it again with the new settings?

This uninstalls Azure IoT Edge for Linux on Windows, which deletes the virtual machine with everything in it (its IoT Edge modules, their data and the device&apos;s provisioning), then installs it again and deploys a new one.</source>
        <translation>%1 を削除し、新しい設定で再デプロイしますか?

これにより Azure IoT Edge for Linux on Windows がアンインストールされ、仮想マシンとその中のすべて (IoT Edge モジュール、そのデータ、デバイスのプロビジョニング) が削除されます。その後、EFLOW を再インストールして新しい仮想マシンをデプロイします。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::FinishPage</name>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>EFLOW is set up. This is what the wizard did.</source>
        <translation>EFLOW のセットアップが完了しました。ウィザードで実行された内容は次のとおりです。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT Hub</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation>仮想マシン:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP アドレス:</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>デバイス ID:</translation>
    </message>
    <message>
        <source>IoT hub:</source>
        <translation>IoT Hub:</translation>
    </message>
    <message>
        <source>Open the device overview &amp;when I click Finish</source>
        <translation>[完了] をクリックしたときにデバイスの概要を開く(&amp;W)</translation>
    </message>
    <message>
        <source>Open the device overview when I click Finish</source>
        <translation>[完了] をクリックしたときにデバイスの概要を開く</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>not deployed by this wizard</source>
        <translation>このウィザードではデプロイされていません</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>not provisioned yet</source>
        <translation>まだプロビジョニングされていません</translation>
    </message>
    <message>
        <source>assigned by DPS (see the device overview)</source>
        <translation>DPS によって割り当て (デバイスの概要を参照)</translation>
    </message>
    <message>
        <source>EFLOW release</source>
        <translation>EFLOW リリース</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>EFLOW release:</source>
        <translation>EFLOW リリース:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>メモリ:</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>The device overview shows the IoT Edge modules, the runtime status and the results of iotedge check. To open it later without running the wizard again, use the &quot;Device overview…&quot; button at the bottom of the wizard&apos;s first page, or start EFLOW Wizard with --overview.</source>
        <translation>デバイスの概要には、IoT Edge モジュール、ランタイムの状態、iotedge check の結果が表示されます。後でウィザードを再実行せずに開くには、ウィザードの最初のページの下部にある [デバイスの概要…] ボタンを使用するか、--overview を指定して EFLOW Wizard を起動してください。</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 × %2, Direct Device Assignment (DDA)</source>
        <extracomment>%1 is the GPU&apos;s name, %2 how many are assigned</extracomment>
        <translation>%1 × %2、Direct Device Assignment (DDA)</translation>
    </message>
    <message>
        <source>%1, GPU paravirtualization (GPU-PV)</source>
        <translation>%1、GPU 準仮想化 (GPU-PV)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>DPS registration record</source>
        <translation>DPS 登録レコード</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>検証:</translation>
    </message>
    <message>
        <source>Asking DPS for the registration record…</source>
        <translation>DPS に登録レコードを問い合わせています…</translation>
    </message>
</context>
<context>
    <name>eflow::ui::FleetTableModel</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>到達できません: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
対処: %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>登録 ID</translation>
    </message>
    <message>
        <source>Target check</source>
        <translation>ターゲットのチェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Last line or cause</source>
        <translation>最後の行または原因</translation>
    </message>
</context>
<context>
    <name>eflow::ui::FleetWindow</name>
    <message>
        <source>Fleet — EFLOW Wizard</source>
        <translation>フリート — EFLOW Wizard</translation>
    </message>
    <message>
        <source>Hosts of the fleet</source>
        <translation>フリートのホスト</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Fleet file:</source>
        <translation>フリート ファイル:</translation>
    </message>
    <message>
        <source>&amp;Open fleet file…</source>
        <translation>フリート ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a fleet file</source>
        <translation>フリート ファイルを開く</translation>
    </message>
    <message>
        <source>Fleet files (*.csv *.json)</source>
        <translation>フリート ファイル (*.csv *.json)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>プラン:</translation>
    </message>
    <message>
        <source>Open &amp;plan…</source>
        <translation>プランを開く(&amp;P)…</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>プランを開く</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>プラン (*.json)</translation>
    </message>
    <message>
        <source>keychain:NAME</source>
        <translation>keychain:NAME</translation>
    </message>
    <message>
        <source>Group key in the keychain</source>
        <translation>キーチェーン内のグループ キー</translation>
    </message>
    <message>
        <source>or paste the key (kept for this window only)</source>
        <translation>またはキーを貼り付け (このウィンドウでのみ保持)</translation>
    </message>
    <message>
        <source>Group key</source>
        <translation>グループ キー</translation>
    </message>
    <message>
        <source>&amp;Group key:</source>
        <translation>グループ キー(&amp;G):</translation>
    </message>
    <message>
        <source>The enrollment group&apos;s key. Each host&apos;s device key is derived from it in memory. Demo hosts use the demo DPS&apos;s group when it is empty.</source>
        <translation>登録グループのキーです。各ホストのデバイス キーはこのキーからメモリ内で派生されます。空の場合、デモ ホストはデモ DPS のグループを使用します。</translation>
    </message>
    <message>
        <source>Hosts at a time</source>
        <translation>同時実行ホスト数</translation>
    </message>
    <message>
        <source>Hosts at a &amp;time:</source>
        <translation>同時実行ホスト数(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Check targets</source>
        <translation>ターゲットをチェック(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Retr&amp;y selected</source>
        <translation>選択項目を再試行(&amp;Y)</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>概要(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>結果をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>結果のエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation>失敗のみ(&amp;F)</translation>
    </message>
    <message>
        <source>Stop the running fleet before loading another file.</source>
        <translation>別のファイルを読み込む前に、実行中のフリートを停止してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n host(s))</source>
        <translation>
            <numerusform>%1 (ホスト %n 台)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a fleet file and a plan first.</source>
        <translation>先にフリート ファイルとプランを開いてください。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
    <message>
        <source>%1 — Overview</source>
        <translation>%1 — 概要</translation>
    </message>
    <message>
        <source>Run the fleet first: there are no results yet.</source>
        <translation>先にフリートを実行してください。まだ結果がありません。</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>結果を %1 に書き込みました</translation>
    </message>
    <message>
        <source>Open a fleet file (CSV or JSON, one host per row) and a plan.</source>
        <translation>フリート ファイル (CSV または JSON、1 行に 1 ホスト) とプランを開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) loaded.</source>
        <translation>
            <numerusform>%n 台のホストを読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s): %1</source>
        <translation>
            <numerusform>ホスト %n 台: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The fleet is still running. Stop it and close? The hosts stop after their current step; running the fleet again continues them.</source>
        <translation>フリートはまだ実行中です。停止して閉じますか? ホストは現在の手順の後に停止します。フリートをもう一度実行すると、続きから再開します。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number of hosts and their outcome, e.g. 7 running</comment>
        <translation>%2 %1 台</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two counts of hosts</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>eflow::ui::GettingStartedPage</name>
    <message>
        <source>Getting Started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Review the minimum requirements before you deploy Azure IoT Edge for Linux on Windows.</source>
        <translation>Azure IoT Edge for Linux on Windows をデプロイする前に、最小要件を確認してください。</translation>
    </message>
    <message>
        <source>This wizard deploys Azure IoT Edge for Linux on Windows (EFLOW) on a Windows device and provisions it through the Azure IoT Hub Device Provisioning Service (DPS).</source>
        <translation>このウィザードは、Azure IoT Edge for Linux on Windows (EFLOW) を Windows デバイスにデプロイし、Azure IoT Hub Device Provisioning Service (DPS) を通じてプロビジョニングします。</translation>
    </message>
    <message>
        <source>The device needs:</source>
        <translation>デバイスの要件:</translation>
    </message>
    <message>
        <source>Windows 10 version 1809 (build 17763) or later with the current cumulative updates, Windows 11, or Windows Server 2019 or 2022</source>
        <translation>最新の累積更新プログラムを適用した Windows 10 バージョン 1809 (ビルド 17763) 以降、Windows 11、または Windows Server 2019 か 2022</translation>
    </message>
    <message>
        <source>Edition Pro, Enterprise or IoT Enterprise, or Windows Server (Home is not supported)</source>
        <translation>エディション Pro、Enterprise、IoT Enterprise、または Windows Server (Home はサポートされていません)</translation>
    </message>
    <message>
        <source>At least 1 GB of free memory</source>
        <translation>1 GB 以上の空きメモリ</translation>
    </message>
    <message>
        <source>At least 10 GB of free disk space</source>
        <translation>10 GB 以上の空きディスク領域</translation>
    </message>
    <message>
        <source>Hyper-V enabled; on Windows Server, the Hyper-V role and a virtual switch (Windows Server has no Default Switch)</source>
        <translation>Hyper-V が有効であること。Windows Server では Hyper-V の役割と仮想スイッチ (Windows Server には Default Switch がありません)</translation>
    </message>
    <message>
        <source>Nested virtualization, when the device is itself a virtual machine</source>
        <translation>デバイス自体が仮想マシンの場合は、入れ子になった仮想化</translation>
    </message>
    <message>
        <source>Administrator rights on the device: EFLOW is deployed from an elevated session</source>
        <translation>デバイスの管理者権限: EFLOW は管理者特権のセッションからデプロイされます</translation>
    </message>
    <message>
        <source>Have at hand:</source>
        <translation>用意しておくもの:</translation>
    </message>
    <message>
        <source>For provisioning through DPS with a symmetric key: the DPS ID scope and the device&apos;s registration ID</source>
        <translation>対称キーを使用した DPS によるプロビジョニングの場合: DPS の ID スコープとデバイスの登録 ID</translation>
    </message>
    <message>
        <source>The key: the individual enrollment&apos;s primary key, or the enrollment group&apos;s key from which the device key is derived</source>
        <translation>キー: 個別登録の主キー、またはデバイス キーの派生元となる登録グループのキー</translation>
    </message>
    <message>
        <source>Or, for manual provisioning: the device connection string from IoT Hub</source>
        <translation>または、手動プロビジョニングの場合: IoT Hub のデバイスの接続文字列</translation>
    </message>
    <message>
        <source>I don&apos;t have an &amp;enrollment yet…</source>
        <translation>まだ登録がありません(&amp;E)…</translation>
    </message>
    <message>
        <source>I don&apos;t have an enrollment yet: open the Enrollments window</source>
        <translation>まだ登録がありません: [登録] ウィンドウを開きます</translation>
    </message>
    <message>
        <source>Create an individual enrollment or an enrollment group in your Device Provisioning Service, and use it in the wizard.</source>
        <translation>Device Provisioning Service で個別登録または登録グループを作成し、ウィザードで使用します。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::HostKeyTrustDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>不明なホスト キー</translation>
    </message>
    <message>
        <source>The wizard has not connected to %1 before and does not know its host key.</source>
        <translation>ウィザードは以前に %1 に接続したことがなく、そのホスト キーを認識していません。</translation>
    </message>
    <message>
        <source>Host: %1
Port: %2
Key type: %3
Fingerprint: %4

Ask the host&apos;s administrator to read the fingerprint on the host (ssh-keygen -lf %5). Trust the host only if it is the same: otherwise someone else may be answering in its name.</source>
        <translation>ホスト: %1
ポート: %2
キーの種類: %3
フィンガープリント: %4

ホストの管理者に、ホスト上でフィンガープリントを確認するよう依頼してください (ssh-keygen -lf %5)。一致する場合にのみ、このホストを信頼してください。一致しない場合は、別の誰かがこのホストになりすまして応答している可能性があります。</translation>
    </message>
    <message>
        <source>Trust this host and connect</source>
        <translation>このホストを信頼して接続</translation>
    </message>
</context>
<context>
    <name>eflow::ui::JobStepList</name>
    <message>
        <source>Deployment steps</source>
        <translation>デプロイの手順</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2、%3</translation>
    </message>
</context>
<context>
    <name>eflow::ui::KeyField</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>キーを表示します</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
</context>
<context>
    <name>eflow::ui::LicensePage</name>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Review the license terms of the EFLOW release you will deploy, and accept them to continue.</source>
        <translation>デプロイする EFLOW リリースのライセンス条項を確認し、同意して続行してください。</translation>
    </message>
    <message>
        <source>EFLOW release</source>
        <translation>EFLOW リリース</translation>
    </message>
    <message>
        <source>EFLOW &amp;release:</source>
        <translation>EFLOW リリース(&amp;R):</translation>
    </message>
    <message>
        <source>Each release line has its own license terms; choosing another line asks you to accept again.</source>
        <translation>リリース ラインごとに独自のライセンス条項があります。別のラインを選択すると、もう一度同意を求められます。</translation>
    </message>
    <message>
        <source>License &amp;terms:</source>
        <translation>ライセンス条項(&amp;T):</translation>
    </message>
    <message>
        <source>License terms</source>
        <translation>ライセンス条項</translation>
    </message>
    <message>
        <source>I &amp;accept the license terms</source>
        <translation>ライセンス条項に同意する(&amp;A)</translation>
    </message>
    <message>
        <source>I accept the license terms</source>
        <translation>ライセンス条項に同意する</translation>
    </message>
    <message>
        <source>Send optional &amp;diagnostic data to Microsoft</source>
        <translation>オプションの診断データを Microsoft に送信する(&amp;D)</translation>
    </message>
    <message>
        <source>Send optional diagnostic data to Microsoft</source>
        <translation>オプションの診断データを Microsoft に送信する</translation>
    </message>
    <message>
        <source>Optional diagnostic data is sent in addition to the required diagnostic data.
Deploy-Eflow parameter: -acceptOptionalTelemetry Yes|No</source>
        <translation>オプションの診断データは、必須の診断データに加えて送信されます。
Deploy-Eflow パラメーター: -acceptOptionalTelemetry Yes|No</translation>
    </message>
    <message>
        <source>Passed to Deploy-Eflow: %1</source>
        <translation>Deploy-Eflow に渡される値: %1</translation>
    </message>
    <message>
        <source>Deploy-Eflow needs -acceptEula Yes: accept the license terms to continue.</source>
        <translation>Deploy-Eflow には -acceptEula Yes が必要です: 続行するにはライセンス条項に同意してください。</translation>
    </message>
    <message>
        <source>Microsoft&apos;s EFLOW releases</source>
        <translation>Microsoft の EFLOW リリース</translation>
    </message>
    <message>
        <source>Microsoft publishes every EFLOW release with its license terms (in the installer) at %1</source>
        <extracomment>%1 is a link to the page; the terms come with each release&apos;s installer (MSI)</extracomment>
        <translation>Microsoft は、すべての EFLOW リリースをライセンス条項 (インストーラー内) と共に %1 で公開しています</translation>
    </message>
    <message>
        <source>The terms are read from the target device once you have chosen it on the next pages: from its installed EFLOW, or from the installer the wizard downloads. Come back to this page to read them there.</source>
        <translation>ライセンス条項は、次のページでターゲット デバイスを選択した後に、そのデバイスから読み取られます: インストール済みの EFLOW、またはウィザードがダウンロードするインストーラーから読み取ります。その後このページに戻ると、ここで読むことができます。</translation>
    </message>
    <message>
        <source>%1 has no EFLOW license terms to read: neither an installed EFLOW nor a downloaded installer. Read them with the installer from Microsoft&apos;s releases.</source>
        <translation>%1 には読み取れる EFLOW のライセンス条項がありません: インストール済みの EFLOW もダウンロード済みのインストーラーもありません。Microsoft のリリースにあるインストーラーで確認してください。</translation>
    </message>
    <message>
        <source>Read from %1 on %2 (only the beginning: the file is very long).</source>
        <extracomment>%1 is the file the terms were read from, %2 the host</extracomment>
        <translation>%2 の %1 から読み取りました (ファイルが非常に長いため、先頭部分のみ)。</translation>
    </message>
    <message>
        <source>Read from %1 on %2.</source>
        <translation>%2 の %1 から読み取りました。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::OverviewLogsView</name>
    <message>
        <source>Which logs</source>
        <translation>表示するログ</translation>
    </message>
    <message>
        <source>IoT Edge system logs</source>
        <translation>IoT Edge システム ログ</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Lo&amp;gs of:</source>
        <translation>ログの対象(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Last lines:</source>
        <translation>最後の行数(&amp;L):</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>モジュール %1</translation>
    </message>
</context>
<context>
    <name>eflow::ui::OverviewStatusTab</name>
    <message>
        <source>Double-click a module to see its logs.</source>
        <translation>モジュールをダブルクリックすると、そのログが表示されます。</translation>
    </message>
    <message>
        <source>Device and virtual machine</source>
        <translation>デバイスと仮想マシン</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>GPU %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n GPU(s))</source>
        <translation>
            <numerusform>%1 (GPU %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>VM IP address: %1
EFLOW version: %2
Release line: %3
VM memory: %4
VM CPUs: %5
VM disk: %6
GPU: %7</source>
        <translation>VM の IP アドレス: %1
EFLOW バージョン: %2
リリース ライン: %3
VM のメモリ: %4
VM の CPU: %5
VM のディスク: %6
GPU: %7</translation>
    </message>
    <message>
        <source>DPS registration record</source>
        <translation>DPS 登録レコード</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>まだ問い合わせていません。</translation>
    </message>
    <message>
        <source>Not asked: no registration ID is known here. The wizard&apos;s Connect page names one, and asks DPS about it.</source>
        <translation>問い合わせていません: ここでは登録 ID が不明です。ウィザードの [接続] ページで登録 ID を指定すると、DPS に問い合わせます。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::OverviewWindow</name>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Module list</source>
        <translation>モジュール一覧</translation>
    </message>
    <message>
        <source>IoT Edge status</source>
        <translation>IoT Edge の状態</translation>
    </message>
    <message>
        <source>iotedge check</source>
        <translation>iotedge check</translation>
    </message>
    <message>
        <source>IoT Edge system services</source>
        <translation>IoT Edge システム サービス</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Device overview — %1</source>
        <translation>デバイスの概要 — %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh every</source>
        <translation>自動更新の間隔(&amp;A)</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <source>Auto-refresh interval in seconds</source>
        <translation>自動更新の間隔 (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>まだ更新されていません</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>読み取れなかった項目</translation>
    </message>
    <message>
        <source>IoT Edge Module List</source>
        <translation>IoT Edge モジュール一覧</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>IoT Edge Status</source>
        <translation>IoT Edge の状態</translation>
    </message>
    <message>
        <source>Runtime versions</source>
        <translation>ランタイムのバージョン</translation>
    </message>
    <message>
        <source>VM statistics</source>
        <translation>VM の統計情報</translation>
    </message>
    <message>
        <source>iotedge check summary</source>
        <translation>iotedge check の概要</translation>
    </message>
    <message>
        <source>iotedge check results</source>
        <translation>iotedge check の結果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Search the logs</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Only &amp;matching lines</source>
        <translation>一致する行のみ(&amp;M)</translation>
    </message>
    <message>
        <source>Only matching lines</source>
        <translation>一致する行のみ</translation>
    </message>
    <message>
        <source>IoT Edge logs</source>
        <translation>IoT Edge のログ</translation>
    </message>
    <message>
        <source>Last refreshed: %1</source>
        <translation>最終更新: %1</translation>
    </message>
    <message>
        <source>Showing what provisioning read; not refreshed yet</source>
        <translation>プロビジョニング時に読み取った内容を表示しています。まだ更新されていません</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (%2 以降)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 — Active: %2</source>
        <translation>%1 — アクティブ: %2</translation>
    </message>
    <message>
        <source>System services (iotedge system status):</source>
        <translation>システム サービス (iotedge system status):</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>まだ読み取られていません。</translation>
    </message>
    <message>
        <source>IoT Edge: %1
Moby engine: %2
Moby CLI: %3</source>
        <translation>IoT Edge: %1
Moby エンジン: %2
Moby CLI: %3</translation>
    </message>
    <message>
        <source>VM: %1 (%2)
Memory: %3 used of %4 (%5 available)
Storage: %6 used of %7 (%8 available)
CPUs: %9
Kernel: %10</source>
        <translation>VM: %1 (%2)
メモリ: %4 中 %3 使用 (%5 使用可能)
ストレージ: %7 中 %6 使用 (%8 使用可能)
CPU: %9
カーネル: %10</translation>
    </message>
    <message>
        <source>%1 OK, %2 warning(s), %3 error(s), %4 skipped</source>
        <translation>OK: %1、警告: %2、エラー: %3、スキップ: %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The logs could not be read: %1</source>
        <translation>ログを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Device overview sections</source>
        <translation>デバイスの概要のセクション</translation>
    </message>
    <message>
        <source>Mo&amp;dules and status</source>
        <translation>モジュールと状態(&amp;D)</translation>
    </message>
    <message>
        <source>iotedge chec&amp;k</source>
        <translation>iotedge check(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>デバイス: %1</translation>
    </message>
    <message>
        <source>Collect support &amp;bundle…</source>
        <translation>サポート バンドルを収集(&amp;B)…</translation>
    </message>
    <message>
        <source>Collect support bundle</source>
        <translation>サポート バンドルを収集</translation>
    </message>
    <message>
        <source>EFLOW is not deployed</source>
        <translation>EFLOW はデプロイされていません</translation>
    </message>
    <message>
        <source>&amp;Start the wizard</source>
        <translation>ウィザードを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the wizard</source>
        <translation>ウィザードを開始</translation>
    </message>
    <message>
        <source>Copy and e&amp;xport</source>
        <translation>コピーとエクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Copy and export</source>
        <translation>コピーとエクスポート</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>テキストとしてコピー</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>JSON としてコピー</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>EFLOW is not deployed on this host. Azure IoT Edge for Linux on Windows is installed, but no virtual machine has been created yet. Start the wizard to deploy it.</source>
        <translation>このホストには EFLOW がデプロイされていません。Azure IoT Edge for Linux on Windows はインストールされていますが、仮想マシンはまだ作成されていません。デプロイするにはウィザードを開始してください。</translation>
    </message>
    <message>
        <source>EFLOW is not deployed on this host. Azure IoT Edge for Linux on Windows is not installed. Start the wizard to install and deploy it.</source>
        <translation>このホストには EFLOW がデプロイされていません。Azure IoT Edge for Linux on Windows はインストールされていません。インストールしてデプロイするにはウィザードを開始してください。</translation>
    </message>
    <message>
        <source>Could not be read:
%1</source>
        <translation>読み取れませんでした:
%1</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>テキスト (*.txt)</translation>
    </message>
    <message>
        <source>Save the overview</source>
        <translation>概要を保存</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 として保存しました。</translation>
    </message>
    <message>
        <source>VM address: %1</source>
        <translation>VM アドレス: %1</translation>
    </message>
    <message>
        <source>EFLOW version: %1 (release line %2)</source>
        <translation>EFLOW バージョン: %1 (リリース ライン %2)</translation>
    </message>
    <message>
        <source>VM: %1 (%2)</source>
        <translation>VM: %1 (%2)</translation>
    </message>
    <message>
        <source>IoT Edge: %1</source>
        <translation>IoT Edge: %1</translation>
    </message>
    <message>
        <source>Memory: %1 MB used of %2 MB</source>
        <translation>メモリ: %2 MB 中 %1 MB 使用</translation>
    </message>
    <message>
        <source>Storage: %1 MB used of %2 MB</source>
        <translation>ストレージ: %2 MB 中 %1 MB 使用</translation>
    </message>
    <message>
        <source>CPUs: %1, GPUs: %2</source>
        <translation>CPU: %1、GPU: %2</translation>
    </message>
    <message>
        <source>Collected: %1</source>
        <translation>収集日時: %1</translation>
    </message>
    <message>
        <source>EFLOW is not deployed on this host.</source>
        <translation>このホストには EFLOW がデプロイされていません。</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ProxyDialog</name>
    <message>
        <source>The system sets no proxy for Azure&apos;s DPS address, so the wizard connects directly.</source>
        <translation>Azure の DPS アドレスに対するプロキシがシステムで設定されていないため、ウィザードは直接接続します。</translation>
    </message>
    <message>
        <source>The system&apos;s proxy for Azure&apos;s DPS address is %1:%2.</source>
        <translation>Azure の DPS アドレスに対するシステムのプロキシは %1:%2 です。</translation>
    </message>
    <message>
        <source>This computer&apos;s proxy</source>
        <translation>このコンピューターのプロキシ</translation>
    </message>
    <message>
        <source>How the wizard itself reaches Azure from this computer: the DPS check on the Connect page, the registration check at the end, and the Enrollments window. The IoT Edge device&apos;s own proxy is set on the Settings page.</source>
        <translation>ウィザード自身がこのコンピューターから Azure に接続する方法です ([接続] ページでの DPS の確認、最後の登録の確認、[登録] ウィンドウ)。IoT Edge デバイス自体のプロキシは [設定] ページで設定します。</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy</source>
        <translation>システムのプロキシを使用する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>プロキシなし: 直接接続する(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Use this HTTP proxy:</source>
        <translation>次の HTTP プロキシを使用する(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings or logs.</source>
        <translation>パスワードはシステム キーチェーンに保存され、設定やログには保存されません。</translation>
    </message>
    <message>
        <source>This computer: the system&apos;s proxy</source>
        <translation>このコンピューター: システムのプロキシ</translation>
    </message>
    <message>
        <source>This computer: no proxy</source>
        <translation>このコンピューター: プロキシなし</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>このコンピューター: %1</translation>
    </message>
    <message>
        <source>remembered in the keychain; type to change</source>
        <translation>キーチェーンに保存済み。変更するには入力してください</translation>
    </message>
    <message>
        <source>The address names user %1 and the User field %2: keep only one.</source>
        <translation>アドレスではユーザー %1、[ユーザー] フィールドでは %2 が指定されています。どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <source>Type the password of proxy user %1.</source>
        <translation>プロキシ ユーザー %1 のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The password is used for this run only, since the keychain could not keep it: %1</source>
        <translation>キーチェーンに保存できなかったため、パスワードは今回の実行でのみ使用されます: %1</translation>
    </message>
    <message>
        <source>The proxy setting could not be saved in %1.</source>
        <translation>プロキシ設定を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>システムのプロキシ</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>This HTTP proxy</source>
        <translation>次の HTTP プロキシ</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>プロキシのアドレス</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>プロキシ ユーザー</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシ パスワード</translation>
    </message>
    <message>
        <source>Proxy problem</source>
        <translation>プロキシの問題</translation>
    </message>
    <message>
        <source>Us&amp;er (if the proxy asks):</source>
        <translation>ユーザー (プロキシが要求する場合)(&amp;E):</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ProxySection</name>
    <message>
        <source>AMQP over WebSockets (AmqpWs, port 443; recommended with a proxy)</source>
        <translation>AMQP over WebSockets (AmqpWs、ポート 443。プロキシ使用時に推奨)</translation>
    </message>
    <message>
        <source>MQTT over WebSockets (MqttWs, port 443)</source>
        <translation>MQTT over WebSockets (MqttWs、ポート 443)</translation>
    </message>
    <message>
        <source>AMQP (Amqp, port 5671; the proxy must pass it)</source>
        <translation>AMQP (Amqp、ポート 5671。プロキシが通過させる必要があります)</translation>
    </message>
    <message>
        <source>MQTT (Mqtt, port 8883; the proxy must pass it)</source>
        <translation>MQTT (Mqtt、ポート 8883。プロキシが通過させる必要があります)</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>IoT Edge in the virtual machine reaches Azure through a pro&amp;xy server</source>
        <translation>仮想マシンの IoT Edge はプロキシ サーバー経由で Azure に接続する(&amp;X)</translation>
    </message>
    <message>
        <source>IoT Edge proxy address</source>
        <translation>IoT Edge のプロキシのアドレス</translation>
    </message>
    <message>
        <source>Upstream protocol</source>
        <translation>アップストリーム プロトコル</translation>
    </message>
    <message>
        <source>Set after provisioning, as Microsoft describes for IoT Edge behind a proxy: https_proxy for the container engine, aziot-identityd, aziot-edged and edgeAgent, and edgeAgent&apos;s upstream protocol.</source>
        <translation>プロビジョニングの後、Microsoft がプロキシ経由の IoT Edge について説明しているとおりに設定されます: コンテナー エンジン、aziot-identityd、aziot-edged、edgeAgent の https_proxy と、edgeAgent のアップストリーム プロトコル。</translation>
    </message>
    <message>
        <source>Proxy problems</source>
        <translation>プロキシの問題</translation>
    </message>
    <message>
        <source>%1. It carries the wizard&apos;s own connections to DPS.</source>
        <translation>%1。ウィザード自身の DPS への接続に使用されます。</translation>
    </message>
    <message>
        <source>IoT Edge proxy server</source>
        <translation>IoT Edge のプロキシ サーバー</translation>
    </message>
    <message>
        <source>Prox&amp;y address:</source>
        <translation>プロキシのアドレス(&amp;Y):</translation>
    </message>
    <message>
        <source>Upstream protocol:</source>
        <translation>アップストリーム プロトコル:</translation>
    </message>
    <message>
        <source>This computer&apos;s proxy…</source>
        <translation>このコンピューターのプロキシ…</translation>
    </message>
    <message>
        <source>This computer&apos;s proxy</source>
        <translation>このコンピューターのプロキシ</translation>
    </message>
</context>
<context>
    <name>eflow::ui::RegistrationRecordsDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 DPS&apos;s error code, %2 its message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registration records of the enrollment group %1</source>
        <translation>登録グループ %1 の登録レコード</translation>
    </message>
    <message>
        <source>Registration state of %1</source>
        <translation>%1 の登録状態</translation>
    </message>
    <message>
        <source>Registration records</source>
        <translation>登録レコード</translation>
    </message>
    <message>
        <source>Registration state</source>
        <translation>登録状態</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>登録 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <translation>IoT Hub</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Connect to a DPS first.</source>
        <translation>先に DPS に接続してください。</translation>
    </message>
    <message>
        <source>Reading from DPS…</source>
        <translation>DPS から読み取っています…</translation>
    </message>
    <message>
        <source>No device has registered through the enrollment group %1 yet.</source>
        <translation>登録グループ %1 を通じて登録されたデバイスはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) registered through the enrollment group %1.</source>
        <translation>
            <numerusform>登録グループ %1 を通じて %n 台のデバイスが登録されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eflow::ui::RestartPanel</name>
    <message>
        <source>Restart needed</source>
        <translation>再起動が必要です</translation>
    </message>
    <message>
        <source>Restart n&amp;ow…</source>
        <translation>今すぐ再起動(&amp;O)…</translation>
    </message>
    <message>
        <source>Restart the target device now</source>
        <translation>ターゲット デバイスを今すぐ再起動します</translation>
    </message>
    <message>
        <source>The wizard runs on this computer and closes with the restart. Start it again afterwards: it offers to continue the deployment where it stopped.</source>
        <translation>ウィザードはこのコンピューターで実行されているため、再起動と共に終了します。再起動後にもう一度起動すると、中断した箇所からデプロイを続行できます。</translation>
    </message>
    <message>
        <source>After the restart the wizard reconnects and continues the deployment where it stopped.</source>
        <translation>再起動後、ウィザードは再接続し、中断した箇所からデプロイを続行します。</translation>
    </message>
    <message>
        <source>Restart %1 now? Windows restarts at once; programs open on it close without saving.</source>
        <translation>%1 を今すぐ再起動しますか? Windows はすぐに再起動し、開いているプログラムは保存されずに終了します。</translation>
    </message>
    <message>
        <source>This is the computer the wizard runs on: the wizard closes too.</source>
        <translation>これはウィザードを実行しているコンピューターです: ウィザードも終了します。</translation>
    </message>
    <message>
        <source>Restart Windows</source>
        <translation>Windows の再起動</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ResultBanner</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>詳細を非表示</translation>
    </message>
</context>
<context>
    <name>eflow::ui::ServiceConnectionPanel</name>
    <message>
        <source>DPS service connection</source>
        <translation>DPS サービスへの接続</translation>
    </message>
    <message>
        <source>DPS service connection string</source>
        <translation>DPS サービスの接続文字列</translation>
    </message>
    <message>
        <source>Show the DPS service connection string</source>
        <translation>DPS サービスの接続文字列を表示します</translation>
    </message>
    <message>
        <source>Pa&amp;ste</source>
        <translation>貼り付け(&amp;S)</translation>
    </message>
    <message>
        <source>Paste the connection string from the clipboard</source>
        <translation>クリップボードから接続文字列を貼り付けます</translation>
    </message>
    <message>
        <source>In the Azure portal: your Device Provisioning Service, Shared access policies, provisioningserviceowner (or a policy with enrollment write), Primary connection string.</source>
        <translation>Azure portal で: Device Provisioning Service の [共有アクセス ポリシー]、provisioningserviceowner (または登録の書き込み権限を持つポリシー)、[主接続文字列]。</translation>
    </message>
    <message>
        <source>Service &amp;connection string:</source>
        <translation>サービスの接続文字列(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM file)</source>
        <translation>追加で信頼する CA 証明書 (PEM ファイル)</translation>
    </message>
    <message>
        <source>for a private endpoint or a local DPS</source>
        <translation>プライベート エンドポイントまたはローカル DPS の場合</translation>
    </message>
    <message>
        <source>Trusted CA fi&amp;le:</source>
        <translation>信頼する CA ファイル(&amp;L):</translation>
    </message>
    <message>
        <source>Remember it in the system &amp;keychain</source>
        <translation>システム キーチェーンに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>Remember the connection string in the system keychain</source>
        <translation>接続文字列をシステム キーチェーンに保存します</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Connect to DPS</source>
        <translation>DPS に接続します</translation>
    </message>
    <message>
        <source>Disconnec&amp;t</source>
        <translation>切断(&amp;T)</translation>
    </message>
    <message>
        <source>Use the &amp;demo DPS</source>
        <translation>デモ DPS を使用する(&amp;D)</translation>
    </message>
    <message>
        <source>Use the demo&apos;s local DPS</source>
        <translation>デモのローカル DPS を使用します</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Remembered connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <source>Remem&amp;bered:</source>
        <translation>保存済み(&amp;B):</translation>
    </message>
    <message>
        <source>Connect &amp;with it</source>
        <translation>これで接続(&amp;W)</translation>
    </message>
    <message>
        <source>Connect with the remembered connection string</source>
        <translation>保存済みの接続文字列で接続します</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the remembered connection string from the keychain</source>
        <translation>保存済みの接続文字列をキーチェーンから削除します</translation>
    </message>
    <message>
        <source>The keychain no longer holds the connection string %1.</source>
        <translation>キーチェーンには接続文字列 %1 が保存されていません。</translation>
    </message>
    <message>
        <source>The keychain remembers the connection string as %1.</source>
        <translation>キーチェーンには接続文字列が %1 として保存されています。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Connected to the demo DPS at %1 with the shared access policy %2.</source>
        <translation>共有アクセス ポリシー %2 で %1 のデモ DPS に接続しました。</translation>
    </message>
    <message>
        <source>Connected to %1 with the shared access policy %2 (remembered as %3).</source>
        <translation>共有アクセス ポリシー %2 で %1 に接続しました (%3 として保存済み)。</translation>
    </message>
    <message>
        <source>Connected to %1 with the shared access policy %2.</source>
        <translation>共有アクセス ポリシー %2 で %1 に接続しました。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::SettingsPage</name>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Processor cores</source>
        <translation>プロセッサ コア数</translation>
    </message>
    <message>
        <source>Memory in MB</source>
        <translation>メモリ (MB)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Virtual disk size in GB</source>
        <translation>仮想ディスク サイズ (GB)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Data size in GB</source>
        <translation>データ サイズ (GB)</translation>
    </message>
    <message>
        <source>Log size</source>
        <translation>ログ サイズ</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Problems with the virtual machine settings</source>
        <translation>仮想マシン設定の問題</translation>
    </message>
    <message>
        <source>EFLOW release:</source>
        <translation>EFLOW リリース:</translation>
    </message>
    <message>
        <source>Processor &amp;cores:</source>
        <translation>プロセッサ コア数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>メモリ(&amp;M):</translation>
    </message>
    <message>
        <source>Virtual dis&amp;k size:</source>
        <translation>仮想ディスク サイズ(&amp;K):</translation>
    </message>
    <message>
        <source>Data si&amp;ze:</source>
        <translation>データ サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Log size:</source>
        <translation>ログ サイズ(&amp;L):</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>仮想スイッチ</translation>
    </message>
    <message>
        <source>New switch name</source>
        <translation>新しいスイッチの名前</translation>
    </message>
    <message>
        <source>New switch host address</source>
        <translation>新しいスイッチのホスト アドレス</translation>
    </message>
    <message>
        <source>New switch prefix length</source>
        <translation>新しいスイッチのプレフィックス長</translation>
    </message>
    <message>
        <source>New switch &amp;name:</source>
        <translation>新しいスイッチの名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Host address:</source>
        <translation>ホスト アドレス(&amp;H):</translation>
    </message>
    <message>
        <source>NAT &amp;prefix length:</source>
        <translation>NAT プレフィックス長(&amp;P):</translation>
    </message>
    <message>
        <source>Obtain an IP address au&amp;tomatically (DHCP)</source>
        <translation>IP アドレスを自動的に取得する (DHCP)(&amp;T)</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Use a &amp;static IP address</source>
        <translation>静的 IP アドレスを使用する(&amp;S)</translation>
    </message>
    <message>
        <source>Static IP address</source>
        <translation>静的 IP アドレス</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 アドレス</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>プレフィックス長</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>ゲートウェイ アドレス</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>192.168.1.1, 1.1.1.1</source>
        <translation>192.168.1.1, 1.1.1.1</translation>
    </message>
    <message>
        <source>IPv4 &amp;address:</source>
        <translation>IPv4 アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Pre&amp;fix length:</source>
        <translation>プレフィックス長(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>ゲートウェイ(&amp;G):</translation>
    </message>
    <message>
        <source>DNS se&amp;rvers:</source>
        <translation>DNS サーバー(&amp;R):</translation>
    </message>
    <message>
        <source>Problems with the network settings</source>
        <translation>ネットワーク設定の問題</translation>
    </message>
    <message>
        <source>Virtual s&amp;witch:</source>
        <translation>仮想スイッチ(&amp;W):</translation>
    </message>
    <message>
        <source>GPU passthrough</source>
        <translation>GPU パススルー</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No GPU passthrough</source>
        <translation>GPU パススルーなし</translation>
    </message>
    <message>
        <source>Direct Device Ass&amp;ignment (DDA)</source>
        <translation>デバイスの直接割り当て (DDA)(&amp;I)</translation>
    </message>
    <message>
        <source>Direct Device Assignment</source>
        <translation>デバイスの直接割り当て</translation>
    </message>
    <message>
        <source>GPU para&amp;virtualization (GPU-PV)</source>
        <translation>GPU 準仮想化 (GPU-PV)(&amp;V)</translation>
    </message>
    <message>
        <source>GPU paravirtualization</source>
        <translation>GPU 準仮想化</translation>
    </message>
    <message>
        <source>GPU name</source>
        <translation>GPU 名</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Problems with the GPU settings</source>
        <translation>GPU 設定の問題</translation>
    </message>
    <message>
        <source>GPU nam&amp;e:</source>
        <translation>GPU 名(&amp;E):</translation>
    </message>
    <message>
        <source>GPU co&amp;unt:</source>
        <translation>GPU 数(&amp;U):</translation>
    </message>
    <message>
        <source>Target check with these settings</source>
        <translation>この設定でのターゲットのチェック</translation>
    </message>
    <message>
        <source>%1 (not found on this host)</source>
        <translation>%1 (このホストに見つかりません)</translation>
    </message>
    <message>
        <source>Default Switch (DHCP only)</source>
        <translation>Default Switch (DHCP のみ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (Internal, NAT)</source>
        <translation>%1 (内部、NAT)</translation>
    </message>
    <message>
        <source>Create a new Internal switch with NAT…</source>
        <translation>NAT 付きの新しい内部スイッチを作成…</translation>
    </message>
    <message>
        <source>Direct Device Assignment needs an NVIDIA Tesla T4 or A2 on Windows Server; this host has none.</source>
        <translation>デバイスの直接割り当てには、Windows Server 上の NVIDIA Tesla T4 または A2 が必要ですが、このホストにはありません。</translation>
    </message>
    <message>
        <source>Direct Device Assignment gives the GPU to the VM alone. Install the GPU vendor&apos;s mitigation driver on the host first (for NVIDIA: the Tesla mitigation driver), as Microsoft&apos;s DDA guidance requires.</source>
        <translation>デバイスの直接割り当てでは、GPU を VM 専用に割り当てます。Microsoft の DDA ガイダンスに従い、先にホストに GPU ベンダーの軽減ドライバー (NVIDIA の場合は Tesla 軽減ドライバー) をインストールしてください。</translation>
    </message>
    <message>
        <source>GPU paravirtualization needs a GPU whose driver supports it; this host has none.</source>
        <translation>GPU 準仮想化には、ドライバーが準仮想化に対応している GPU が必要ですが、このホストにはありません。</translation>
    </message>
    <message>
        <source>GPU paravirtualization shares one GPU with Windows; the count is always 1.</source>
        <translation>GPU 準仮想化では 1 つの GPU を Windows と共有するため、数は常に 1 です。</translation>
    </message>
    <message>
        <source>This host is itself a virtual machine: GPU passthrough is not possible in a nested VM.</source>
        <translation>このホスト自体が仮想マシンです。入れ子になった VM では GPU パススルーは使用できません。</translation>
    </message>
    <message>
        <source>The Default Switch always uses DHCP; choose another switch for a static address.</source>
        <translation>Default Switch は常に DHCP を使用します。静的アドレスを使用するには、別のスイッチを選択してください。</translation>
    </message>
    <message>
        <source>With these settings the device cannot run EFLOW: %1</source>
        <translation>この設定では、デバイスで EFLOW を実行できません: %1</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✗ %1: %2 %3</source>
        <translation>✗ %1: %2 %3</translation>
    </message>
    <message>
        <source>⚠ More than the %1 GB free on the host</source>
        <extracomment>%1 is the free memory in GB, e.g. &quot;4.1&quot;</extracomment>
        <translation>⚠ ホストの空き容量 %1 GB を超えています</translation>
    </message>
    <message>
        <source>%1 GB free on the host</source>
        <extracomment>%1 is the free memory in GB, e.g. &quot;4.1&quot;</extracomment>
        <translation>ホストの空き容量 %1 GB</translation>
    </message>
    <message>
        <source>Choose the resources, network, GPU and proxy of the EFLOW virtual machine.</source>
        <translation>EFLOW 仮想マシンのリソース、ネットワーク、GPU、プロキシを選択します。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::SupportBundleDialog</name>
    <message>
        <source>Collect support bundle</source>
        <translation>サポート バンドルの収集</translation>
    </message>
    <message>
        <source>Collects the EFLOW logs on the host (Get-EflowLogs: the virtual machine&apos;s configuration, the IoT Edge logs and iotedge check, the WSSDAgent logs) and copies the zip file into a folder on this computer. This can take several minutes.</source>
        <translation>ホスト上の EFLOW のログ (Get-EflowLogs: 仮想マシンの構成、IoT Edge のログと iotedge check、WSSDAgent のログ) を収集し、zip ファイルをこのコンピューターのフォルダーにコピーします。これには数分かかることがあります。</translation>
    </message>
    <message>
        <source>Folder for the support bundle</source>
        <translation>サポート バンドルの保存先フォルダー</translation>
    </message>
    <message>
        <source>Save &amp;to folder:</source>
        <translation>保存先フォルダー(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>フォルダーを選択します</translation>
    </message>
    <message>
        <source>Support bundle status</source>
        <translation>サポート バンドルの状態</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>収集(&amp;C)</translation>
    </message>
    <message>
        <source>Save the support bundle in</source>
        <translation>サポート バンドルの保存先</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>存在するフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Collecting the logs on the host (Get-EflowLogs)…</source>
        <translation>ホストでログを収集しています (Get-EflowLogs)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Copying %1 to this computer…</source>
        <translation>%1 をこのコンピューターにコピーしています…</translation>
    </message>
    <message>
        <source>The support bundle is saved as %1.</source>
        <translation>サポート バンドルは %1 として保存されました。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::SymmetricKeySection</name>
    <message>
        <source>Use the remembered ke&amp;y</source>
        <translation>保存済みのキーを使用する(&amp;Y)</translation>
    </message>
    <message>
        <source>Use the remembered key</source>
        <translation>保存済みのキーを使用します</translation>
    </message>
    <message>
        <source>Remember &amp;this key in the system keychain</source>
        <translation>このキーをシステム キーチェーンに保存する(&amp;T)</translation>
    </message>
    <message>
        <source>Remember this key in the system keychain</source>
        <translation>このキーをシステム キーチェーンに保存します</translation>
    </message>
    <message>
        <source>Reading the key remembered as %1…</source>
        <translation>%1 として保存されたキーを読み取っています…</translation>
    </message>
    <message>
        <source>Using the key remembered as %1</source>
        <translation>%1 として保存されたキーを使用しています</translation>
    </message>
</context>
<context>
    <name>eflow::ui::TargetPage</name>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>対処が必要</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>Target device</source>
        <translation>ターゲット デバイス</translation>
    </message>
    <message>
        <source>Choose the Windows device to deploy EFLOW on, and check that it can run it.</source>
        <translation>EFLOW をデプロイする Windows デバイスを選択し、EFLOW を実行できるかを確認してください。</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>このコンピューター(&amp;C)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Deploy on this Windows computer with Windows PowerShell 5.1 (run the wizard as administrator).</source>
        <translation>Windows PowerShell 5.1 を使用して、この Windows コンピューターにデプロイします (ウィザードを管理者として実行してください)。</translation>
    </message>
    <message>
        <source>Not available: this computer has no Windows PowerShell to run EFLOW. Choose a remote Windows host or a demo host.</source>
        <translation>使用できません: このコンピューターには EFLOW を実行するための Windows PowerShell がありません。リモート Windows ホストまたはデモ ホストを選択してください。</translation>
    </message>
    <message>
        <source>A &amp;remote Windows host</source>
        <translation>リモート Windows ホスト(&amp;R)</translation>
    </message>
    <message>
        <source>A remote Windows host</source>
        <translation>リモート Windows ホスト</translation>
    </message>
    <message>
        <source>Remote host ssh address</source>
        <translation>リモート ホストの ssh アドレス</translation>
    </message>
    <message>
        <source>&amp;SSH address:</source>
        <translation>SSH アドレス(&amp;S):</translation>
    </message>
    <message>
        <source>A &amp;demo host</source>
        <translation>デモ ホスト(&amp;D)</translation>
    </message>
    <message>
        <source>A demo host</source>
        <translation>デモ ホスト</translation>
    </message>
    <message>
        <source>Demo scenario</source>
        <translation>デモ シナリオ</translation>
    </message>
    <message>
        <source>Sc&amp;enario:</source>
        <translation>シナリオ(&amp;E):</translation>
    </message>
    <message>
        <source>C&amp;heck the device</source>
        <translation>デバイスをチェック(&amp;H)</translation>
    </message>
    <message>
        <source>Check the device</source>
        <translation>デバイスをチェックします</translation>
    </message>
    <message>
        <source>Checking the device</source>
        <translation>デバイスをチェックしています</translation>
    </message>
    <message>
        <source>Host checks</source>
        <translation>ホストのチェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>I have read the &amp;warnings</source>
        <translation>警告を確認しました(&amp;W)</translation>
    </message>
    <message>
        <source>I have read the warnings</source>
        <translation>警告を確認しました</translation>
    </message>
    <message>
        <source>Choose this computer, a remote Windows host or a demo host.</source>
        <translation>このコンピューター、リモート Windows ホスト、またはデモ ホストを選択してください。</translation>
    </message>
    <message>
        <source>Enter the host as ssh://USER@HOST or ssh://USER@HOST:PORT.</source>
        <translation>ホストを ssh://USER@HOST または ssh://USER@HOST:PORT の形式で入力してください。</translation>
    </message>
    <message>
        <source>The wizard connects with your ssh client and keys; it never asks for a password.</source>
        <translation>ウィザードは ssh クライアントとキーを使用して接続します。パスワードを求めることはありません。</translation>
    </message>
    <message>
        <source>The device could not be opened.</source>
        <translation>デバイスを開けませんでした。</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>%1 をチェックしています …</translation>
    </message>
    <message>
        <source>The check did not finish: %1</source>
        <translation>チェックが完了しませんでした: %1</translation>
    </message>
    <message>
        <source>Choose a device and check it to continue.</source>
        <translation>続行するには、デバイスを選択してチェックしてください。</translation>
    </message>
    <message>
        <source>The device could not be checked.</source>
        <translation>デバイスをチェックできませんでした。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 MB free of %2 MB</source>
        <translation>%2 MB 中 %1 MB 空き</translation>
    </message>
    <message>
        <source>%1 MB free</source>
        <translation>%1 MB 空き</translation>
    </message>
    <message>
        <source>Computer: %1 · %2, build %3 · Memory: %4 · Logical processors: %5</source>
        <translation>コンピューター: %1 · %2、ビルド %3 · メモリ: %4 · 論理プロセッサ: %5</translation>
    </message>
    <message>
        <source>Windows (edition unknown)</source>
        <translation>Windows (エディション不明)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正方法: %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Trusting the host key …</source>
        <translation>ホスト キーを信頼しています …</translation>
    </message>
    <message>
        <source>The host key was not trusted: %1</source>
        <translation>ホスト キーは信頼されませんでした: %1</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>チェックを停止します</translation>
    </message>
    <message>
        <source>Supported once you confirm the warnings below</source>
        <translation>下の警告を確認するとサポートされます</translation>
    </message>
    <message numerus="yes">
        <source>Supported after %n action(s), once you confirm the warnings below: %1</source>
        <extracomment>%n is the number of actions, %1 the first one&apos;s sentence</extracomment>
        <translation>
            <numerusform>%n 件の対処を行い、下の警告を確認するとサポートされます: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eflow::ui::TwinEditor</name>
    <message>
        <source>Initial twin (JSON)</source>
        <translation>初期ツイン (JSON)</translation>
    </message>
    <message>
        <source>Problem in the initial twin</source>
        <translation>初期ツインの問題</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>タグ名</translation>
    </message>
    <message>
        <source>name, e.g. environment</source>
        <translation>名前 (例: environment)</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>タグの値</translation>
    </message>
    <message>
        <source>value, e.g. test</source>
        <translation>値 (例: test)</translation>
    </message>
    <message>
        <source>Set ta&amp;g</source>
        <translation>タグを設定(&amp;G)</translation>
    </message>
    <message>
        <source>Set the tag in the initial twin</source>
        <translation>初期ツインにタグを設定します</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag</source>
        <translation>タグを削除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the tag from the initial twin</source>
        <translation>初期ツインからタグを削除します</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
</context>
<context>
    <name>eflow::ui::UseInWizardDialog</name>
    <message>
        <source>Use %1 in the wizard</source>
        <translation>%1 をウィザードで使用</translation>
    </message>
    <message>
        <source>The wizard&apos;s Connect page gets the ID scope, the registration ID you give the device, and the device key derived from the group key of %1.</source>
        <translation>ウィザードの [接続] ページに、ID スコープ、デバイスに指定する登録 ID、および %1 のグループ キーから派生したデバイス キーが設定されます。</translation>
    </message>
    <message>
        <source>The wizard&apos;s Connect page gets the ID scope, the registration ID %1 and its primary key.</source>
        <translation>ウィザードの [接続] ページに、ID スコープ、登録 ID %1、およびその主キーが設定されます。</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID スコープ</translation>
    </message>
    <message>
        <source>leave empty to keep what Connect has</source>
        <translation>空欄の場合は [接続] ページの値を保持</translation>
    </message>
    <message>
        <source>ID &amp;scope:</source>
        <translation>ID スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>DPS&apos;s service API does not give the ID scope: it is on the Overview page of the Device Provisioning Service in the Azure portal.</source>
        <translation>DPS のサービス API では ID スコープを取得できません。ID スコープは Azure portal の Device Provisioning Service の [概要] ページに表示されます。</translation>
    </message>
    <message>
        <source>Registration ID</source>
        <translation>登録 ID</translation>
    </message>
    <message>
        <source>&amp;Registration ID:</source>
        <translation>登録 ID(&amp;R):</translation>
    </message>
    <message>
        <source>Derived device key</source>
        <translation>派生デバイス キー</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>主キー</translation>
    </message>
    <message>
        <source>Show the device key</source>
        <translation>デバイス キーを表示</translation>
    </message>
    <message>
        <source>Copy the device key</source>
        <translation>デバイス キーをコピー</translation>
    </message>
    <message>
        <source>&amp;Derived device key:</source>
        <translation>派生デバイス キー(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Primary key:</source>
        <translation>主キー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Use in the wizard</source>
        <translation>ウィザードで使用(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>reading the key…</source>
        <translation>キーを読み取っています…</translation>
    </message>
    <message>
        <source>Connect to a DPS first.</source>
        <translation>先に DPS に接続してください。</translation>
    </message>
    <message>
        <source>%1 has no symmetric key: only symmetric-key enrollments can be used in the wizard&apos;s DPS symmetric key method.</source>
        <translation>%1 には対称キーがありません。ウィザードの DPS 対称キー方式で使用できるのは、対称キーの登録だけです。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::WizardController</name>
    <message>
        <source>No target device was chosen.</source>
        <translation>ターゲット デバイスが選択されていません。</translation>
    </message>
    <message>
        <source>The key was already used; enter it again to provision again.</source>
        <translation>このキーは既に使用されました。もう一度プロビジョニングするには、キーを再入力してください。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::WizardStepsPanel</name>
    <message>
        <source>Getting Started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>marker, step</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (not in this version yet)</source>
        <translation>%1 (このバージョンではまだ利用できません)</translation>
    </message>
    <message>
        <source>%1: current step</source>
        <translation>%1: 現在の手順</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <source>%1: not in this version yet</source>
        <translation>%1: このバージョンではまだ利用できません</translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation>%1: 未開始</translation>
    </message>
    <message>
        <source>(not in this version yet)</source>
        <translation>(このバージョンではまだ利用できません)</translation>
    </message>
    <message>
        <source>This step is not in this version of EFLOW Wizard yet.</source>
        <translation>この手順は、このバージョンの EFLOW Wizard ではまだ利用できません。</translation>
    </message>
</context>
<context>
    <name>eflow::ui::WizardWindow</name>
    <message>
        <source>Demo mode</source>
        <translation>デモ モード</translation>
    </message>
    <message>
        <source>Nothing is installed; the host and DPS are simulated.</source>
        <translation>何もインストールされません。ホストと DPS はシミュレートされます。</translation>
    </message>
    <message>
        <source>Demo mode: nothing is installed; the host and DPS are simulated.</source>
        <translation>デモ モード: 何もインストールされません。ホストと DPS はシミュレートされます。</translation>
    </message>
    <message>
        <source>EFLOW Wizard</source>
        <translation>EFLOW Wizard</translation>
    </message>
    <message>
        <source>Nothing is installed; the host and DPS are simulated. Host: %1.</source>
        <translation>何もインストールされません。ホストと DPS はシミュレートされます。ホスト: %1。</translation>
    </message>
    <message>
        <source>&amp;Deploy &gt;</source>
        <translation>デプロイ(&amp;D) &gt;</translation>
    </message>
    <message>
        <source>Device &amp;overview…</source>
        <translation>デバイスの概要(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the device overview</source>
        <translation>デバイスの概要を開く</translation>
    </message>
    <message>
        <source>Device overview</source>
        <translation>デバイスの概要</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Which device? This computer, or a Windows host as ssh://USER@HOST[:PORT]:</source>
        <translation>どのデバイスですか? このコンピューター、または ssh://USER@HOST[:PORT] 形式の Windows ホストを指定してください:</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Deployment running</source>
        <translation>デプロイを実行中</translation>
    </message>
    <message>
        <source>Provisioning running</source>
        <translation>プロビジョニングを実行中</translation>
    </message>
    <message>
        <source>The deployment is still running. Stop it? You can continue it later.</source>
        <translation>デプロイはまだ実行中です。停止しますか? 後で続行できます。</translation>
    </message>
    <message>
        <source>The provisioning is still running. Stop it? You can run it again later.</source>
        <translation>プロビジョニングはまだ実行中です。停止しますか? 後でもう一度実行できます。</translation>
    </message>
    <message>
        <source>&amp;Stop the deployment and close</source>
        <translation>デプロイを停止して閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Stop the provisioning and close</source>
        <translation>プロビジョニングを停止して閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep it running</source>
        <translation>実行を継続(&amp;K)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
</context>
</TS>
