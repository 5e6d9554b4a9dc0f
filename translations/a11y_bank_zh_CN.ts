<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityNeeds</name>
    <message>
        <source>I use a screen reader</source>
        <extracomment>Accessibility need: uses a screen reader.</extracomment>
        <translation>我使用屏幕阅读器</translation>
    </message>
    <message>
        <source>I need large text</source>
        <extracomment>Accessibility need: large text.</extracomment>
        <translation>我需要大号文字</translation>
    </message>
    <message>
        <source>I need high contrast</source>
        <extracomment>Accessibility need: high contrast.</extracomment>
        <translation>我需要高对比度</translation>
    </message>
    <message>
        <source>I use only a keyboard</source>
        <extracomment>Accessibility need: keyboard only.</extracomment>
        <translation>我只使用键盘</translation>
    </message>
    <message>
        <source>I need more time for each step</source>
        <extracomment>Accessibility need: more time.</extracomment>
        <translation>我每一步都需要更多时间</translation>
    </message>
    <message>
        <source>I prefer plain language</source>
        <extracomment>Accessibility need: plain language.</extracomment>
        <translation>我希望使用简明的语言</translation>
    </message>
</context>
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <extracomment>Title of the screen with the accessibility statement and the feedback form (Help -&gt; Accessibility).</extracomment>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <extracomment>Label of the read-only text with the app&apos;s accessibility statement.</extracomment>
        <translation>无障碍声明</translation>
    </message>
    <message>
        <source>Your feedback on accessibility</source>
        <extracomment>Label of the box where the customer writes feedback about accessibility.</extracomment>
        <translation>您对无障碍的意见</translation>
    </message>
    <message>
        <source>What was hard to use, and with which screen reader or setting? It goes to the bank&apos;s support.</source>
        <extracomment>Hint under the accessibility feedback box.</extracomment>
        <translation>哪里不好用？用的是哪个读屏软件或设置？意见会发送给银行客服。</translation>
    </message>
    <message>
        <source>Send feedback</source>
        <extracomment>Button that sends the accessibility feedback to the bank through the support chat.</extracomment>
        <translation>发送意见</translation>
    </message>
    <message>
        <source>The accessibility statement is missing from this installation.</source>
        <extracomment>Shown instead of the accessibility statement when the installed app lacks its file.</extracomment>
        <translation>此安装中缺少无障碍声明。</translation>
    </message>
    <message>
        <source>Accessibility feedback: {feedback}</source>
        <extracomment>The support chat message made from accessibility feedback; {feedback} is what the customer wrote.</extracomment>
        <translation>无障碍意见：{feedback}</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Current account</source>
        <extracomment>Kind of account: a current (checking) account.</extracomment>
        <translation>活期账户</translation>
    </message>
    <message>
        <source>Savings account</source>
        <extracomment>Kind of account: a savings account.</extracomment>
        <translation>储蓄账户</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Kind of account we have no word for.</extracomment>
        <translation>账户</translation>
    </message>
    <message>
        <source>{nickname} ({kind})</source>
        <extracomment>An account&apos;s name: {nickname} the customer&apos;s name for it, {kind} e.g. &quot;Current account&quot;.</extracomment>
        <translation>{nickname}（{kind}）</translation>
    </message>
    <message>
        <source>{name} {masked}</source>
        <extracomment>An account in a picker; {name} e.g. &quot;Current account&quot;, {masked} e.g. &quot;•••• 4321&quot;.</extracomment>
        <translation>{name} {masked}</translation>
    </message>
    <message>
        <source>{name} {masked}, balance not available</source>
        <extracomment>Account list row when the balance is unknown; {name} the account, {masked} its last digits.</extracomment>
        <translation>{name} {masked}，余额暂不可用</translation>
    </message>
    <message>
        <source>{name} {masked}: {balance}</source>
        <extracomment>Account list row; {name} the account, {masked} &quot;•••• 4321&quot;, {balance} the formatted balance.</extracomment>
        <translation>{name} {masked}：{balance}</translation>
    </message>
    <message>
        <source>{name} ending {last4}, balance not available</source>
        <extracomment>Account list row read aloud when the balance is unknown; {last4} the last four digits.</extracomment>
        <translation>{name}，尾号 {last4}，余额暂不可用</translation>
    </message>
    <message>
        <source>{name} ending {last4}, balance {balance}</source>
        <extracomment>Account list row read aloud; {last4} the account&apos;s last four digits, {balance} in words.</extracomment>
        <translation>{name}，尾号 {last4}，余额 {balance}</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>Accounts</source>
        <extracomment>Heading of the accounts screen.
----------
Window title part for the accounts screen.</extracomment>
        <translation>账户</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <extracomment>Label of the list of the customer&apos;s accounts.</extracomment>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Press Enter to see the account&apos;s transactions.</source>
        <extracomment>Hint read with the accounts list: what Enter does.</extracomment>
        <translation>按回车键查看该账户的交易明细。</translation>
    </message>
    <message>
        <source>Totals</source>
        <extracomment>Title of the box that shows the total balance per currency.</extracomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Show transactions</source>
        <extracomment>Button that opens the transaction history of the selected account.</extracomment>
        <translation>查看交易明细</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button that loads the accounts and balances again.</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Loading your accounts.</source>
        <extracomment>Shown and spoken while accounts and balances are being loaded.</extracomment>
        <translation>正在加载您的账户。</translation>
    </message>
    <message>
        <source>You have no accounts.</source>
        <extracomment>Spoken and shown when the customer has no accounts.</extracomment>
        <translation>您名下没有账户。</translation>
    </message>
    <message>
        <source>1 account loaded.</source>
        <extracomment>Spoken and shown after the accounts loaded, when there is exactly one account.</extracomment>
        <translation>已加载 1 个账户。</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts loaded.</source>
        <extracomment>Spoken and shown after the accounts loaded; %n is how many accounts there are.</extracomment>
        <translation>
            <numerusform>已加载 %n 个账户。</numerusform>
        </translation>
    </message>
    <message>
        <source>No balances yet.</source>
        <extracomment>Shown in the totals box before any balance is known.</extracomment>
        <translation>暂无余额。</translation>
    </message>
    <message>
        <source>{currency}: {amount}</source>
        <extracomment>One line of the totals box; {currency} the ISO code, {amount} the formatted total.</extracomment>
        <translation>{currency}：{amount}</translation>
    </message>
    <message>
        <source>Total: {totals}.</source>
        <extracomment>Spoken after the accounts loaded; {totals} lists the total per currency in words.</extracomment>
        <translation>合计：{totals}。</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <extracomment>Spoken when &quot;Show transactions&quot; is pressed but no account is selected.</extracomment>
        <translation>请先选择一个账户。</translation>
    </message>
</context>
<context>
    <name>Billers</name>
    <message>
        <source>Electricity</source>
        <extracomment>Biller category: electricity.</extracomment>
        <translation>电费</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>Biller category: water.</extracomment>
        <translation>水费</translation>
    </message>
    <message>
        <source>Gas</source>
        <extracomment>Biller category: gas.</extracomment>
        <translation>燃气费</translation>
    </message>
    <message>
        <source>Mobile</source>
        <extracomment>Biller category: mobile phone.</extracomment>
        <translation>手机话费</translation>
    </message>
    <message>
        <source>Broadband</source>
        <extracomment>Biller category: broadband internet.</extracomment>
        <translation>宽带</translation>
    </message>
</context>
<context>
    <name>BillsScreen</name>
    <message>
        <source>{category}: {name}</source>
        <extracomment>A company that sends bills, in a list; {category} e.g. Electricity, {name} the company.</extracomment>
        <translation>{category}：{name}</translation>
    </message>
    <message>
        <source>{amount} to {payee} on {when}, reference {reference}</source>
        <extracomment>An upcoming scheduled payment; {amount}, {payee}, {when} a date, {reference} its reference.</extracomment>
        <translation>{when}向{payee}支付 {amount}，附言 {reference}</translation>
    </message>
    <message>
        <source>{amount} to {payee} on {when}</source>
        <extracomment>An upcoming scheduled payment without reference; {amount}, {payee}, {when} a date.</extracomment>
        <translation>{when}向{payee}支付 {amount}</translation>
    </message>
    <message>
        <source>Pay bills</source>
        <extracomment>Heading of the pay bills screen.
----------
Window title part for the pay bills screen.</extracomment>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Pay a bill</source>
        <extracomment>Title of the group of fields for one bill.</extracomment>
        <translation>缴纳账单</translation>
    </message>
    <message>
        <source>Biller</source>
        <extracomment>Label of the list of companies that send bills.</extracomment>
        <translation>收费单位</translation>
    </message>
    <message>
        <source>From account</source>
        <extracomment>Label of the list of the customer&apos;s own accounts to pay from.</extracomment>
        <translation>付款账户</translation>
    </message>
    <message>
        <source>Payment date (optional)</source>
        <extracomment>Label of the payment date field.</extracomment>
        <translation>付款日期（可选）</translation>
    </message>
    <message>
        <source>Leave empty to pay today, or type a later date as year-month-day, for example 2026-12-31.</source>
        <extracomment>Hint under the payment date field of a bill.</extracomment>
        <translation>留空表示今天付款；也可按“年-月-日”格式输入以后的日期，例如 2026-12-31。</translation>
    </message>
    <message>
        <source>Review payment</source>
        <extracomment>Button that shows the bill payment for checking before anything is sent.</extracomment>
        <translation>核对付款</translation>
    </message>
    <message>
        <source>Upcoming scheduled payments</source>
        <extracomment>Title of the group listing payments booked for a later date.</extracomment>
        <translation>即将执行的预约付款</translation>
    </message>
    <message>
        <source>Scheduled payments</source>
        <extracomment>Label of the list of upcoming scheduled payments.</extracomment>
        <translation>预约付款</translation>
    </message>
    <message>
        <source>Cancel scheduled payment</source>
        <extracomment>Button that cancels the selected scheduled payment (asks first).
----------
Title of the dialog that asks before cancelling a scheduled payment.</extracomment>
        <translation>取消预约付款</translation>
    </message>
    <message>
        <source>Loading billers and scheduled payments</source>
        <extracomment>Progress announced while billers, accounts and scheduled payments load.</extracomment>
        <translation>正在加载收费单位和预约付款</translation>
    </message>
    <message>
        <source>No payments are scheduled.</source>
        <extracomment>Shown and spoken when no payment is scheduled.</extracomment>
        <translation>没有预约付款。</translation>
    </message>
    <message>
        <source>1 payment is scheduled.</source>
        <extracomment>Shown and spoken when exactly one payment is scheduled.</extracomment>
        <translation>有 1 笔预约付款。</translation>
    </message>
    <message numerus="yes">
        <source>%n payments are scheduled.</source>
        <extracomment>Shown and spoken after loading; %n is how many payments are scheduled.</extracomment>
        <translation>
            <numerusform>有 %n 笔预约付款。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bill account number</source>
        <extracomment>Label of the bill reference field when the biller does not name it.</extracomment>
        <translation>缴费账号</translation>
    </message>
    <message>
        <source>As printed on your bill.</source>
        <extracomment>Hint under the bill reference field.</extracomment>
        <translation>以账单上印的为准。</translation>
    </message>
    <message>
        <source>This is a large payment: more than {threshold}. Make sure the amount is right.</source>
        <extracomment>Warning on the review page for a large bill payment; {threshold} e.g. &quot;¥5,000.00&quot;.</extracomment>
        <translation>这是一笔大额付款：超过 {threshold}。请确认金额无误。</translation>
    </message>
    <message>
        <source>Cancel this payment: {payment}? It will not be paid.</source>
        <extracomment>Question before cancelling a scheduled payment; {payment} describes it (amount, payee, date).</extracomment>
        <translation>取消这笔付款：{payment}？取消后将不会付款。</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <extracomment>Button that confirms cancelling the scheduled payment.</extracomment>
        <translation>取消付款</translation>
    </message>
    <message>
        <source>The payment to {payee} is still scheduled.</source>
        <extracomment>Spoken when the customer decides not to cancel a scheduled payment; {payee} is who gets it.</extracomment>
        <translation>向{payee}的付款仍为预约状态。</translation>
    </message>
    <message>
        <source>Cancelling the scheduled payment</source>
        <extracomment>Progress announced while a scheduled payment is being cancelled.</extracomment>
        <translation>正在取消预约付款</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Cards</source>
        <extracomment>Heading of the cards screen.
----------
Window title part for the cards screen.</extracomment>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Your cards</source>
        <extracomment>Label of the list of cards.</extracomment>
        <translation>我的银行卡</translation>
    </message>
    <message>
        <source>Only the last four digits of each card are shown.</source>
        <extracomment>Hint under the card list.</extracomment>
        <translation>每张卡只显示后四位数字。</translation>
    </message>
    <message>
        <source>Freeze card now</source>
        <extracomment>Button that freezes the chosen card at once.</extracomment>
        <translation>立即冻结银行卡</translation>
    </message>
    <message>
        <source>Unfreeze card</source>
        <extracomment>Button that unfreezes the chosen card (needs a one-time code).</extracomment>
        <translation>解冻银行卡</translation>
    </message>
    <message>
        <source>Activate card</source>
        <extracomment>Button that activates a new card.</extracomment>
        <translation>激活银行卡</translation>
    </message>
    <message>
        <source>Report lost and order a new card</source>
        <extracomment>Button that reports the card lost and orders a replacement.</extracomment>
        <translation>挂失并补办新卡</translation>
    </message>
    <message>
        <source>Report stolen and order a new card</source>
        <extracomment>Button that reports the card stolen and orders a replacement.</extracomment>
        <translation>报告被盗并补办新卡</translation>
    </message>
    <message>
        <source>Daily purchase limit, in yuan</source>
        <extracomment>Label of the daily purchase limit field.</extracomment>
        <translation>每日消费限额（元）</translation>
    </message>
    <message>
        <source>Allow online payments</source>
        <extracomment>Check box that allows online payments with the card.</extracomment>
        <translation>允许网上支付</translation>
    </message>
    <message>
        <source>Review new limits</source>
        <extracomment>Button that reviews the new limits.</extracomment>
        <translation>核对新限额</translation>
    </message>
    <message>
        <source>Confirm with a one-time code</source>
        <extracomment>Title of the confirmation panel.</extracomment>
        <translation>用一次性验证码确认</translation>
    </message>
    <message>
        <source>Confirm</source>
        <extracomment>Button that confirms the card action with the code.</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that abandons the card action.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Credit card statement</source>
        <extracomment>Label of the credit card statement text.</extracomment>
        <translation>信用卡账单</translation>
    </message>
    <message>
        <source>How much to repay</source>
        <extracomment>Label of how much to repay.</extracomment>
        <translation>还款金额</translation>
    </message>
    <message>
        <source>Chosen amount, in yuan</source>
        <extracomment>Label of the chosen repayment amount.</extracomment>
        <translation>自定义金额（元）</translation>
    </message>
    <message>
        <source>Only used when you choose an amount.</source>
        <extracomment>Hint under the chosen amount.</extracomment>
        <translation>仅在选择自定义金额时使用。</translation>
    </message>
    <message>
        <source>Repay from</source>
        <extracomment>Label of the account a repayment is paid from.</extracomment>
        <translation>还款账户</translation>
    </message>
    <message>
        <source>Review repayment</source>
        <extracomment>Button that reviews the repayment.</extracomment>
        <translation>核对还款</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button that loads the cards again.</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Everything owed</source>
        <extracomment>Repayment option: everything owed.</extracomment>
        <translation>全部欠款</translation>
    </message>
    <message>
        <source>The minimum payment</source>
        <extracomment>Repayment option: the minimum payment.</extracomment>
        <translation>最低还款额</translation>
    </message>
    <message>
        <source>An amount I choose</source>
        <extracomment>Repayment option: an amount the customer types.</extracomment>
        <translation>自定义金额</translation>
    </message>
    <message>
        <source>Nothing is due, or the amount is more than you owe.</source>
        <extracomment>The bank refused a repayment: nothing is due, or more than is owed.</extracomment>
        <translation>当前无应还款项，或金额超过了您的欠款。</translation>
    </message>
    <message>
        <source>This card cannot do that in its current state.</source>
        <extracomment>The bank refused: the card&apos;s state does not allow this (for example it is blocked).</extracomment>
        <translation>这张卡在当前状态下无法进行此操作。</translation>
    </message>
    <message>
        <source>Loading your cards.</source>
        <extracomment>Shown and spoken while the cards load.</extracomment>
        <translation>正在加载您的银行卡。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) shown.</source>
        <extracomment>Spoken when the cards are loaded; %n is how many.</extracomment>
        <translation>
            <numerusform>显示 %n 张银行卡。</numerusform>
        </translation>
    </message>
    <message>
        <source>not activated yet</source>
        <extracomment>Card status: not yet activated.</extracomment>
        <translation>尚未激活</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>Card status: working.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <source>frozen</source>
        <extracomment>Card status: frozen by the customer.</extracomment>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>blocked</source>
        <extracomment>Card status: blocked after a loss or theft report.</extracomment>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>{name} ending {last4}, {status}, expires {expiry}</source>
        <extracomment>A card in the list; {name}, {last4} the last four digits, {status}, {expiry} year-month.</extracomment>
        <translation>{name}，尾号 {last4}，{status}，有效期至 {expiry}</translation>
    </message>
    <message>
        <source>{line}. Daily purchase limit {purchase}. Online payments: {online}.</source>
        <extracomment>Details of the chosen card; {line} the card, {purchase} the daily purchase limit, {online} yes/no.</extracomment>
        <translation>{line}。每日消费限额 {purchase}。网上支付：{online}。</translation>
    </message>
    <message>
        <source>allowed</source>
        <extracomment>Online payments allowed (in the card details).</extracomment>
        <translation>允许</translation>
    </message>
    <message>
        <source>not allowed</source>
        <extracomment>Online payments not allowed (in the card details).</extracomment>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Only credit cards have a statement.</source>
        <extracomment>Statement text for a debit card.</extracomment>
        <translation>只有信用卡才有账单。</translation>
    </message>
    <message>
        <source>Statement of {date}: {closing}. You owe {current} now. Minimum payment due {minimum} by {due}.</source>
        <extracomment>The statement in sentences; amounts and dates filled in.</extracomment>
        <translation>{date} 账单：{closing}。当前欠款 {current}。最低还款额 {minimum}，请于 {due} 前还款。</translation>
    </message>
    <message>
        <source>Freezing your card.</source>
        <extracomment>Shown and spoken while the card is frozen.</extracomment>
        <translation>正在冻结您的银行卡。</translation>
    </message>
    <message>
        <source>Card ending {last4} is frozen. Nobody can use it until you unfreeze it.</source>
        <extracomment>Spoken when the card is frozen; {last4} its last digits.</extracomment>
        <translation>尾号 {last4} 的银行卡已冻结。在您解冻之前，任何人都无法使用这张卡。</translation>
    </message>
    <message>
        <source>Preparing.</source>
        <extracomment>Shown and spoken while the bank prepares the action.</extracomment>
        <translation>正在准备。</translation>
    </message>
    <message>
        <source>Preparing the repayment.</source>
        <extracomment>Shown and spoken while the bank prepares the repayment.</extracomment>
        <translation>正在准备还款。</translation>
    </message>
    <message>
        <source>Repay {amount} to the credit card ending {last4}.</source>
        <extracomment>What a repayment will do; {amount} and the card&apos;s last digits.</extracomment>
        <translation>向尾号 {last4} 的信用卡还款 {amount}。</translation>
    </message>
    <message>
        <source>Unfreeze the card ending {last4}.</source>
        <extracomment>What unfreezing will do.</extracomment>
        <translation>解冻尾号 {last4} 的银行卡。</translation>
    </message>
    <message>
        <source>Activate the card ending {last4}.</source>
        <extracomment>What activating will do.</extracomment>
        <translation>激活尾号 {last4} 的银行卡。</translation>
    </message>
    <message>
        <source>Block the card ending {last4} as lost and send you a new card.</source>
        <extracomment>What reporting lost will do.</extracomment>
        <translation>将尾号 {last4} 的银行卡挂失锁定，并为您寄送新卡。</translation>
    </message>
    <message>
        <source>Block the card ending {last4} as stolen and send you a new card.</source>
        <extracomment>What reporting stolen will do.</extracomment>
        <translation>将尾号 {last4} 的银行卡作为被盗卡锁定，并为您寄送新卡。</translation>
    </message>
    <message>
        <source>Change the limits of the card ending {last4}.</source>
        <extracomment>What setting limits will do.</extracomment>
        <translation>修改尾号 {last4} 银行卡的限额。</translation>
    </message>
    <message>
        <source>{review} Send a one-time code to confirm.</source>
        <extracomment>Spoken when an action awaits its code; {review} says what will happen.</extracomment>
        <translation>{review} 请发送一次性验证码进行确认。</translation>
    </message>
    <message>
        <source>Sending a one-time code.</source>
        <extracomment>Shown and spoken while the code is sent.</extracomment>
        <translation>正在发送一次性验证码。</translation>
    </message>
    <message>
        <source>Confirming.</source>
        <extracomment>Shown and spoken while the action is confirmed.</extracomment>
        <translation>正在确认。</translation>
    </message>
    <message>
        <source>Repaid {amount}. You still owe {owed}.</source>
        <extracomment>Spoken after a repayment; {amount} repaid, {owed} still owed.</extracomment>
        <translation>已还款 {amount}。您仍欠 {owed}。</translation>
    </message>
    <message>
        <source>Done: {card}.</source>
        <extracomment>Spoken after a card action; {card} the card&apos;s new state.</extracomment>
        <translation>已完成：{card}。</translation>
    </message>
    <message>
        <source>A new card is on its way; activate it here when it arrives.</source>
        <extracomment>Added when a replacement card is on its way.</extracomment>
        <translation>新卡正在寄送途中；收到后请在这里激活。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <extracomment>Spoken when a card action is abandoned.</extracomment>
        <translation>已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CarriedProfile</name>
    <message>
        <source>Your accessibility settings are applied.</source>
        <extracomment>Said once after sign-in when the customer&apos;s accessibility settings kept by the bank are in force.</extracomment>
        <translation>已应用您的无障碍设置。</translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <source>You</source>
        <extracomment>Who wrote a chat message: the customer themself.</extracomment>
        <translation>您</translation>
    </message>
    <message>
        <source>Support assistant</source>
        <extracomment>Who wrote a chat message: the bank&apos;s automatic support assistant.</extracomment>
        <translation>客服助手</translation>
    </message>
    <message>
        <source>Bank staff {name}</source>
        <extracomment>Who wrote a chat message: a person at the bank; {name} is their chat user name.</extracomment>
        <translation>银行工作人员 {name}</translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>Status of a chat message of ours that is waiting to be delivered (e.g. offline).</extracomment>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Status of a chat message of ours that the bank has received.</extracomment>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>Status of a chat message of ours that the bank refused (it will not be sent again).</extracomment>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Status of a chat message of ours that the bank has read.</extracomment>
        <translation>已读</translation>
    </message>
    <message>
        <source>Rated this chat {score} out of 10.</source>
        <extracomment>A rating the customer gave the chat; {score} is 1-10.</extracomment>
        <translation>已为本次聊天评分：{score} 分（满分 10 分）。</translation>
    </message>
</context>
<context>
    <name>ChatScreen</name>
    <message>
        <source>Support chat</source>
        <extracomment>Title of the support chat screen.</extracomment>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>What is my balance?</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>我的余额是多少？</translation>
    </message>
    <message>
        <source>I lost my card.</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>我的银行卡丢了。</translation>
    </message>
    <message>
        <source>What are the fees?</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>有哪些费用？</translation>
    </message>
    <message>
        <source>How do I transfer money?</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>怎样转账？</translation>
    </message>
    <message>
        <source>What are your opening hours?</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>你们的营业时间是什么？</translation>
    </message>
    <message>
        <source>I want to talk to a person.</source>
        <extracomment>Quick question button in the support chat; asks for a person instead of the assistant.</extracomment>
        <translation>我想和人工客服交谈。</translation>
    </message>
    <message>
        <source>Messages</source>
        <extracomment>Label of the list of chat messages.</extracomment>
        <translation>消息</translation>
    </message>
    <message>
        <source>Up and Down move through the messages. {newest} goes to the newest, {read} reads it.</source>
        <extracomment>Hint read with the chat message list; {newest} and {read} are keys (F8, F9).</extracomment>
        <translation>用上下方向键浏览消息。按 {newest} 跳到最新消息，按 {read} 朗读该消息。</translation>
    </message>
    <message>
        <source>Load earlier messages</source>
        <extracomment>Button that loads chat messages from before the ones shown.</extracomment>
        <translation>加载更早的消息</translation>
    </message>
    <message>
        <source>Your message</source>
        <extracomment>Label of the box where the customer writes a chat message.</extracomment>
        <translation>您的消息</translation>
    </message>
    <message>
        <source>Enter sends. Shift+Enter starts a new line.</source>
        <extracomment>Hint of the chat message box: which keys send and make a new line.</extracomment>
        <translation>按回车键发送，按 Shift+回车键换行。</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the chat message.</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Quick questions</source>
        <extracomment>Title of the group of quick question buttons in the chat.</extracomment>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Announce new messages</source>
        <extracomment>Label of the choice of when new chat messages are read out.</extracomment>
        <translation>播报新消息</translation>
    </message>
    <message>
        <source>Always</source>
        <extracomment>Choice: announce every new chat message.</extracomment>
        <translation>始终</translation>
    </message>
    <message>
        <source>Only when I am not in the chat</source>
        <extracomment>Choice: announce new chat messages only when the chat is not on screen.</extracomment>
        <translation>仅当我不在聊天界面时</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Choice: never announce new chat messages.</extracomment>
        <translation>从不</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <extracomment>Button that copies the whole chat to the clipboard.</extracomment>
        <translation>复制聊天记录</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <extracomment>Button that saves the whole chat as a text or web page file.
----------
Title of the dialog that saves the chat transcript.</extracomment>
        <translation>保存聊天记录</translation>
    </message>
    <message>
        <source>End of chat: rate us</source>
        <extracomment>Title of the box where the customer rates the chat at the end.</extracomment>
        <translation>结束聊天：为我们评分</translation>
    </message>
    <message>
        <source>How satisfied are you, from 1 to 10?</source>
        <extracomment>Label of the chat rating choice (1 to 10).</extracomment>
        <translation>您的满意度如何？请在 1 到 10 之间选择。</translation>
    </message>
    <message>
        <source>Choose a rating</source>
        <extracomment>First entry of the rating choice: nothing chosen yet.</extracomment>
        <translation>请选择评分</translation>
    </message>
    <message>
        <source>{score} out of 10</source>
        <extracomment>One entry of the chat rating choice; {score} is 1 to 10.</extracomment>
        <translation>{score} 分（满分 10 分）</translation>
    </message>
    <message>
        <source>Complaint (optional)</source>
        <extracomment>Label of the optional complaint box at the end of the chat.</extracomment>
        <translation>投诉（可选）</translation>
    </message>
    <message>
        <source>Send rating</source>
        <extracomment>Button that sends the chat rating and complaint to the bank.</extracomment>
        <translation>提交评分</translation>
    </message>
    <message>
        <source>Your message box holds: {draft} Press Enter to send it.</source>
        <extracomment>Said when the chat opens with a message written for the customer; {draft} is that message.</extracomment>
        <translation>消息框中已写好：{draft}按回车键发送。</translation>
    </message>
    <message>
        <source>Offline. What you write is kept and sent when the connection is back.</source>
        <extracomment>Chat status while the bank cannot be reached.</extracomment>
        <translation>已离线。您输入的内容会被保留，连接恢复后自动发送。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <extracomment>Chat status when connected.</extracomment>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>Chat connected again.</source>
        <extracomment>Announced when the chat reconnects after being offline.</extracomment>
        <translation>聊天已重新连接。</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <extracomment>Chat status while connecting for the first time.</extracomment>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s).</source>
        <extracomment>Added to the chat status: how many new messages were not read yet.</extracomment>
        <translation>
            <numerusform>%n 条未读消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is typing...</source>
        <extracomment>Shown (and said once) while someone at the bank writes; {name} is who.</extracomment>
        <translation>{name} 正在输入…</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <extracomment>Said by &quot;read the newest message&quot; when the chat is still empty.</extracomment>
        <translation>暂无消息。</translation>
    </message>
    <message>
        <source>Earlier messages loaded.</source>
        <extracomment>Said after earlier chat messages were loaded at the top of the list.</extracomment>
        <translation>已加载更早的消息。</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <extracomment>Said when the customer presses Send with an empty message box.</extracomment>
        <translation>请先输入消息。</translation>
    </message>
    <message>
        <source>The chat is not available. Sign in again.</source>
        <extracomment>Said when the chat could not start (e.g. signed out) and a message cannot be queued.</extracomment>
        <translation>聊天不可用，请重新登录。</translation>
    </message>
    <message>
        <source>Offline: your message will be sent when the connection is back.</source>
        <extracomment>Said after writing a message while offline.</extracomment>
        <translation>已离线：连接恢复后将发送您的消息。</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 10 first.</source>
        <extracomment>Said when Send rating is pressed before a rating was chosen.</extracomment>
        <translation>请先选择 1 到 10 之间的评分。</translation>
    </message>
    <message>
        <source>Thank you. Your rating of {score} out of 10 is being sent to the bank.</source>
        <extracomment>Confirmation after sending the chat rating; the bank&apos;s reply with a reference follows in the list.</extracomment>
        <translation>谢谢。您的评分（{score} 分，满分 10 分）正在发送给银行。</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <extracomment>Said after the chat transcript was copied to the clipboard.</extracomment>
        <translation>聊天记录已复制。</translation>
    </message>
    <message>
        <source>Text file (*.txt);;Web page (*.html)</source>
        <extracomment>File types offered when saving the chat transcript.</extracomment>
        <translation>文本文件 (*.txt);;网页 (*.html)</translation>
    </message>
    <message>
        <source>Could not save {name}.</source>
        <extracomment>Said when the transcript file could not be written; {name} is the file name.</extracomment>
        <translation>无法保存 {name}。</translation>
    </message>
    <message>
        <source>Transcript saved as {name}.</source>
        <extracomment>Said after the chat transcript was saved; {name} is the file name.</extracomment>
        <translation>聊天记录已保存为 {name}。</translation>
    </message>
</context>
<context>
    <name>CodeChannels</name>
    <message>
        <source>Text message (SMS)</source>
        <extracomment>Code channel: text message.</extracomment>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>Code channel: e-mail.</extracomment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Voice message</source>
        <extracomment>Code channel: a recorded voice message.</extracomment>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>Security token</source>
        <extracomment>Code channel: hardware security token.</extracomment>
        <translation>安全令牌</translation>
    </message>
</context>
<context>
    <name>CodeConfirmation</name>
    <message>
        <source>Send the code by</source>
        <extracomment>Label of the list that chooses how the one-time code is sent.</extracomment>
        <translation>验证码发送方式</translation>
    </message>
    <message>
        <source>Send code</source>
        <extracomment>Button that sends the one-time code.</extracomment>
        <translation>发送验证码</translation>
    </message>
    <message>
        <source>One-time code</source>
        <extracomment>Label of the one-time code field.</extracomment>
        <translation>一次性验证码</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Button of a confirmation dialog that abandons the action; the safe default.</extracomment>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>EmergencyPanel</name>
    <message>
        <source>Emergency</source>
        <extracomment>Title of the emergency panel (F10).</extracomment>
        <translation>紧急服务</translation>
    </message>
    <message>
        <source>Freeze a card: choose it and press Enter</source>
        <extracomment>Label of the emergency panel&apos;s card list; Enter freezes the chosen card at once.</extracomment>
        <translation>冻结银行卡：选择卡片后按回车键</translation>
    </message>
    <message>
        <source>Report a card lost or stolen</source>
        <extracomment>Button in the emergency panel: go to Cards to report a card lost or stolen (needs a code).</extracomment>
        <translation>挂失丢失或被盗的银行卡</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <extracomment>Button in the emergency panel: open the support chat with the reason filled in.</extracomment>
        <translation>求助</translation>
    </message>
    <message>
        <source>Bank emergency line, day and night: {phone}</source>
        <extracomment>Emergency contact shown and read in the emergency panel; {phone} is the bank&apos;s number.</extracomment>
        <translation>银行 24 小时紧急热线：{phone}</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Button that closes the emergency panel.</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Freeze {name} ending {last4}</source>
        <extracomment>A card in the emergency panel; {name} the card&apos;s name, {last4} its last digits spaced out.</extracomment>
        <translation>冻结{name}（尾号 {last4}）</translation>
    </message>
    <message>
        <source>Your cards could not be listed. Call the emergency line to block a card.</source>
        <extracomment>Said when the emergency panel could not list the cards; the phone line still works.</extracomment>
        <translation>无法列出您的银行卡。请拨打紧急热线锁定银行卡。</translation>
    </message>
    <message>
        <source>Card ending {last4} is frozen. Nobody can use it. To unfreeze it, open Cards; it needs a code.</source>
        <extracomment>Read back after an emergency freeze; {last4} the card&apos;s last digits spaced out.</extracomment>
        <translation>尾号 {last4} 的银行卡已冻结，任何人都无法使用。如需解冻，请打开“银行卡”页面，需要验证码。</translation>
    </message>
    <message>
        <source>The card could not be frozen. Call the emergency line now.</source>
        <extracomment>Said when an emergency freeze failed.</extracomment>
        <translation>银行卡未能冻结，请立即拨打紧急热线。</translation>
    </message>
    <message>
        <source>Choose the card, then Report lost. You will confirm with a code.</source>
        <extracomment>Said on the way to Cards from the emergency panel.</extracomment>
        <translation>请选择银行卡，然后选择“挂失”。您需要用验证码确认。</translation>
    </message>
    <message>
        <source>I need help urgently with my account or card.</source>
        <extracomment>The chat draft written for the customer when they ask for help from the emergency panel.</extracomment>
        <translation>我的账户或银行卡急需帮助。</translation>
    </message>
</context>
<context>
    <name>EnrolScreen</name>
    <message>
        <source>Enrol in online banking</source>
        <extracomment>Heading of the enrolment screen.
----------
Window title part for enrolment.</extracomment>
        <translation>开通网上银行</translation>
    </message>
    <message>
        <source>For existing customers. Enter one of your account numbers and your ID document number; we send a code to the phone or e-mail we have for you. No phone call is needed.</source>
        <extracomment>Introduction of enrolment.</extracomment>
        <translation>适用于现有客户。请输入您的任一账号和证件号码；我们会向您在本行预留的手机或电子邮箱发送验证码。无需打电话。</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>Label of the account number.</extracomment>
        <translation>账号</translation>
    </message>
    <message>
        <source>ID document number</source>
        <extracomment>Label of the ID document number.</extracomment>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <extracomment>Label of where the first code goes.</extracomment>
        <translation>验证码发送方式</translation>
    </message>
    <message>
        <source>Check and send code</source>
        <extracomment>Button that checks the details and sends a code.</extracomment>
        <translation>核验并发送验证码</translation>
    </message>
    <message>
        <source>Code you received</source>
        <extracomment>Label of the code field.</extracomment>
        <translation>收到的验证码</translation>
    </message>
    <message>
        <source>New sign-in password</source>
        <extracomment>Label of the new password.</extracomment>
        <translation>新的登录密码</translation>
    </message>
    <message>
        <source>Send my codes by</source>
        <extracomment>Group of code channels.</extracomment>
        <translation>验证码接收方式</translation>
    </message>
    <message>
        <source>Accessibility profile (optional)</source>
        <extracomment>Group title of the accessibility profile.</extracomment>
        <translation>无障碍服务档案（可选）</translation>
    </message>
    <message>
        <source>If you want, the bank marks your account so that staff and our services know how to help you, for example by reading documents aloud. It is your choice, you can change or remove it at any time, and it is never used for anything else.</source>
        <extracomment>Explanation of the accessibility profile in plain words.</extracomment>
        <translation>如您愿意，银行会在您的账户上作标记，让工作人员和我们的服务知道如何为您提供帮助，例如为您朗读文件。是否开启由您决定，您可以随时修改或删除，且绝不会用于其他用途。</translation>
    </message>
    <message>
        <source>Yes, keep an accessibility profile for me</source>
        <extracomment>Check box that opts in to the accessibility profile.</extracomment>
        <translation>是的，请为我保留无障碍服务档案</translation>
    </message>
    <message>
        <source>Enrol</source>
        <extracomment>Button that finishes enrolment.</extracomment>
        <translation>开通</translation>
    </message>
    <message>
        <source>Go to sign-in</source>
        <extracomment>Button that goes to sign-in after enrolment.</extracomment>
        <translation>前往登录</translation>
    </message>
    <message>
        <source>Checking.</source>
        <extracomment>Shown and spoken while the details are checked.</extracomment>
        <translation>正在核验。</translation>
    </message>
    <message>
        <source>A code was sent to {where}. Password rules: {rules}</source>
        <extracomment>The password rules, shown and spoken before typing; {rules} is the bank&apos;s rules in words.</extracomment>
        <translation>验证码已发送至 {where}。密码规则：{rules}</translation>
    </message>
    <message>
        <source>Enrolling.</source>
        <extracomment>Shown and spoken while enrolment finishes.</extracomment>
        <translation>正在开通。</translation>
    </message>
    <message>
        <source>Your accessibility profile is on; you can change or remove it in Security.</source>
        <extracomment>Added when the accessibility profile was kept.</extracomment>
        <translation>您的无障碍服务档案已开启；可以在“安全”中修改或删除。</translation>
    </message>
    <message>
        <source>You are enrolled. Your sign-in name is {username}. {extra}</source>
        <extracomment>Enrolment finished; {username} is the sign-in name.</extracomment>
        <translation>开通成功。您的登录名是 {username}。{extra}</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help</source>
        <extracomment>Title of the help screen.</extracomment>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Use Tab and Shift+Tab to move between controls and Enter or Space to use them. Every shortcut below is optional: the section list and the buttons at the bottom of the window do the same.</source>
        <extracomment>Introduction on the help screen.</extracomment>
        <translation>用 Tab 和 Shift+Tab 在控件之间移动，用回车键或空格键操作控件。下面的快捷键都是可选的：左侧的栏目列表和窗口底部的按钮也能完成同样的操作。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>Label of the list of keyboard shortcuts.</extracomment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>More keys</source>
        <extracomment>Label of the second list of keys: those that work on one screen or open a panel.</extracomment>
        <translation>更多按键</translation>
    </message>
    <message>
        <source>Read shortcuts aloud</source>
        <extracomment>Button that reads every keyboard shortcut aloud.</extracomment>
        <translation>朗读快捷键</translation>
    </message>
    <message>
        <source>Accessibility statement and feedback</source>
        <extracomment>Button on the help screen that opens the accessibility statement and the feedback form.</extracomment>
        <translation>无障碍声明和意见</translation>
    </message>
    <message>
        <source>{keys}: {action}</source>
        <extracomment>One line of the shortcut list: {keys} like &quot;Alt+1&quot;, {action} like &quot;Go to Accounts&quot;.</extracomment>
        <translation>{keys}：{action}</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Transaction history</source>
        <extracomment>Heading of the transaction history screen.</extracomment>
        <translation>交易明细</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Label of the account picker at the top of the history.</extracomment>
        <translation>账户</translation>
    </message>
    <message>
        <source>Filter transactions</source>
        <extracomment>Title of the group of fields that narrow down the transaction list.</extracomment>
        <translation>筛选交易</translation>
    </message>
    <message>
        <source>Search descriptions</source>
        <extracomment>Label of the text filter of the history.</extracomment>
        <translation>搜索交易描述</translation>
    </message>
    <message>
        <source>Money in or out</source>
        <extracomment>Label of the choice between money in, money out or both.</extracomment>
        <translation>收入或支出</translation>
    </message>
    <message>
        <source>Money in and out</source>
        <extracomment>History filter choice: show every transaction.</extracomment>
        <translation>收入和支出</translation>
    </message>
    <message>
        <source>Money in only</source>
        <extracomment>History filter choice: show only money that came in.</extracomment>
        <translation>仅收入</translation>
    </message>
    <message>
        <source>Money out only</source>
        <extracomment>History filter choice: show only money that went out.</extracomment>
        <translation>仅支出</translation>
    </message>
    <message>
        <source>From date</source>
        <extracomment>Label of the first date of the history filter.</extracomment>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <extracomment>Label of the last date of the history filter.</extracomment>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Year-month-day, for example 2026-03-12. Leave empty for no limit.</source>
        <extracomment>Hint under the history date fields.</extracomment>
        <translation>年-月-日，例如 2026-03-12。留空表示不限。</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <extracomment>Label of the smallest amount of the history filter.</extracomment>
        <translation>最小金额</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <extracomment>Label of the largest amount of the history filter.</extracomment>
        <translation>最大金额</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <extracomment>Button that empties every field of the history filter.</extracomment>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>Label of the transactions table.</extracomment>
        <translation>交易</translation>
    </message>
    <message>
        <source>Up and down arrows move between transactions. {shortcut} reads the whole row.</source>
        <extracomment>Hint read with the transactions table: how to move; {shortcut} is the &quot;read this row&quot; key.</extracomment>
        <translation>用上下方向键在交易之间移动。按 {shortcut} 朗读整行。</translation>
    </message>
    <message>
        <source>Read this row</source>
        <extracomment>Button that reads the selected transaction aloud.</extracomment>
        <translation>朗读此行</translation>
    </message>
    <message>
        <source>Load again</source>
        <extracomment>Button that loads the account&apos;s transactions again.</extracomment>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Window title part for the history screen.</extracomment>
        <translation>交易明细</translation>
    </message>
    <message>
        <source>Loading your accounts.</source>
        <extracomment>Shown and spoken while the list of accounts for the history is loading.</extracomment>
        <translation>正在加载您的账户。</translation>
    </message>
    <message>
        <source>You have no accounts.</source>
        <extracomment>Shown and spoken when the customer has no accounts to show a history for.</extracomment>
        <translation>您名下没有账户。</translation>
    </message>
    <message>
        <source>Loading transactions of {account}.</source>
        <extracomment>Shown and spoken when the history of an account starts loading; {account} names the account.</extracomment>
        <translation>正在加载 {account} 的交易。</translation>
    </message>
    <message>
        <source>Showing the newest {count} transactions. Older ones are loading.</source>
        <extracomment>Spoken when the first page of the history is shown; {count} transactions so far.</extracomment>
        <translation>正在显示最新的 {count} 笔交易，更早的交易正在加载。</translation>
    </message>
    <message>
        <source>Loaded {count} transactions, page {page} of {pages}.</source>
        <extracomment>Loading progress of the history; {count} rows so far, {page} of {pages} pages.</extracomment>
        <translation>已加载 {count} 笔交易，第 {page} 页，共 {pages} 页。</translation>
    </message>
    <message>
        <source>Loaded {count} transactions so far.</source>
        <extracomment>Loading progress of the history; {count} rows so far.</extracomment>
        <translation>目前已加载 {count} 笔交易。</translation>
    </message>
    <message>
        <source>All {count} transactions loaded.</source>
        <extracomment>Shown and spoken when every transaction of the account is loaded; {count} how many.</extracomment>
        <translation>全部 {count} 笔交易已加载。</translation>
    </message>
    <message>
        <source>No transactions match.</source>
        <extracomment>Result of the history filter when nothing matches.</extracomment>
        <translation>没有符合条件的交易。</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <extracomment>Start of the history filter result when exactly one transaction is shown.</extracomment>
        <translation>1 笔交易</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transactions</source>
        <extracomment>Start of the history filter result; %n is the number of transactions shown.</extracomment>
        <translation>
            <numerusform>%Ln 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} out</source>
        <extracomment>Part of the filter result: the total that went out; {amount} the sum.</extracomment>
        <translation>支出 {amount}</translation>
    </message>
    <message>
        <source>{amount} in</source>
        <extracomment>Part of the filter result: the total that came in; {amount} the sum.</extracomment>
        <translation>收入 {amount}</translation>
    </message>
    <message>
        <source>No transaction is selected.</source>
        <extracomment>Spoken by &quot;Read this row&quot; when no transaction is selected.</extracomment>
        <translation>未选择任何交易。</translation>
    </message>
</context>
<context>
    <name>KeepSettingsChoice</name>
    <message>
        <source>Keep my settings with the bank</source>
        <extracomment>Check box at the end of enrolment: keep the accessibility settings in use now with the bank.</extracomment>
        <translation>把我的设置保存在银行</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>A setting that is on, in the enrolment settings summary (&quot;voice on&quot;).</extracomment>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>A setting that is off, in the enrolment settings summary (&quot;high contrast off&quot;).</extracomment>
        <translation>关</translation>
    </message>
    <message>
        <source>Text size {percent} percent, voice {voice}, high contrast {contrast}.</source>
        <extracomment>What enrolment would keep with the bank; {percent} a number, {voice} and {contrast} are on or off.</extracomment>
        <translation>文字大小百分之{percent}，语音{voice}，高对比度{contrast}。</translation>
    </message>
    <message>
        <source>They follow you when you sign in anywhere: {summary} Also your colours, voice speed and quick menu. Needs the accessibility profile above.</source>
        <extracomment>Under the keep-settings check box at enrolment; {summary} lists the settings, e.g. the text size.</extracomment>
        <translation>无论您在哪里登录，这些设置都随您而行：{summary}还包括您的颜色、语速和快捷菜单。需要先开启上方的无障碍服务档案。</translation>
    </message>
    <message>
        <source>Your settings are kept with the bank: they are used wherever you sign in.</source>
        <extracomment>Enrolment finished and the settings were kept with the bank.</extracomment>
        <translation>您的设置已保存在银行：无论您在哪里登录都会使用。</translation>
    </message>
    <message>
        <source>Your settings could not be kept with the bank. You can keep them later in Security.</source>
        <extracomment>Enrolment finished but the bank did not keep the settings.</extracomment>
        <translation>您的设置未能保存在银行。您可以稍后在“安全”中保存。</translation>
    </message>
</context>
<context>
    <name>KeptSettingsBox</name>
    <message>
        <source>Your settings at the bank</source>
        <extracomment>Group title on the Security screen: the customer&apos;s accessibility settings kept by the bank.</extracomment>
        <translation>您保存在银行的设置</translation>
    </message>
    <message>
        <source>The bank can keep your text size, colours, voice, how much the app says, your time limit and your quick menu. Then they are used on any computer or branch terminal where you sign in, and they leave it when you sign out. Only if you want this; you can remove them at any time.</source>
        <extracomment>Plain-words explanation of keeping the accessibility settings with the bank.</extracomment>
        <translation>银行可以为您保存文字大小、颜色、语音、应用说话的详细程度、时间限制和快捷菜单。这样，您在任何电脑或网点终端登录时都会使用这些设置，退出登录后设置也随之离开。只有您愿意时才保存，您可以随时删除。</translation>
    </message>
    <message>
        <source>Keep my settings with the bank</source>
        <extracomment>Button that saves the settings now in use as the customer&apos;s settings at the bank.</extracomment>
        <translation>把我的设置保存在银行</translation>
    </message>
    <message>
        <source>Remove my settings from the bank</source>
        <extracomment>Button that removes the customer&apos;s settings from the bank.</extracomment>
        <translation>从银行删除我的设置</translation>
    </message>
    <message>
        <source>The bank keeps your settings, saved {when}.</source>
        <extracomment>State: the bank keeps the customer&apos;s settings; {when} is the date and time they were saved.</extracomment>
        <translation>银行保存着您的设置，保存时间 {when}。</translation>
    </message>
    <message>
        <source>The bank keeps none of your settings. To keep them, first turn on &quot;Keep a profile&quot; above and save it.</source>
        <extracomment>State: nothing kept, and keeping needs the accessibility profile turned on first.</extracomment>
        <translation>银行没有保存您的任何设置。要保存，请先打开上方的“保留档案”并保存。</translation>
    </message>
    <message>
        <source>The bank keeps none of your settings.</source>
        <extracomment>State: nothing kept yet; the customer can keep them now.</extracomment>
        <translation>银行没有保存您的任何设置。</translation>
    </message>
    <message>
        <source>Saving your settings at the bank.</source>
        <extracomment>Shown and spoken while the settings are saved at the bank.</extracomment>
        <translation>正在把您的设置保存到银行。</translation>
    </message>
    <message>
        <source>Your settings are kept with the bank. They will be used wherever you sign in.</source>
        <extracomment>Spoken after the settings were kept at the bank.</extracomment>
        <translation>您的设置已保存在银行。无论在哪里登录，都会使用这些设置。</translation>
    </message>
    <message>
        <source>Removing your settings from the bank.</source>
        <extracomment>Shown and spoken while the settings are removed from the bank.</extracomment>
        <translation>正在从银行删除您的设置。</translation>
    </message>
    <message>
        <source>Your settings were removed from the bank.</source>
        <extracomment>Spoken after the settings were removed from the bank.</extracomment>
        <translation>您的设置已从银行删除。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>a11y bank branch terminal</source>
        <extracomment>Title of the branch terminal window.</extracomment>
        <translation>无障碍银行网点终端</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <extracomment>Heading of the staff sign-in page on a branch terminal.</extracomment>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Staff username</source>
        <extracomment>Staff sign-in field label: the staff member&apos;s username.</extracomment>
        <translation>工作人员用户名</translation>
    </message>
    <message>
        <source>Staff password</source>
        <extracomment>Staff sign-in field label: the staff member&apos;s password.</extracomment>
        <translation>工作人员密码</translation>
    </message>
    <message>
        <source>PIN for this shift (4 to 8 digits)</source>
        <extracomment>Staff sign-in field label: a PIN chosen now that protects hand-back and leaving.</extracomment>
        <translation>本班次 PIN 码（4 到 8 位数字）</translation>
    </message>
    <message>
        <source>Sign in as staff</source>
        <extracomment>Button that signs a staff member in on a branch terminal.</extracomment>
        <translation>以工作人员身份登录</translation>
    </message>
    <message>
        <source>Hand over to the customer</source>
        <extracomment>Button that gives the terminal to the customer (they sign in with their own details).</extracomment>
        <translation>交给客户使用</translation>
    </message>
    <message>
        <source>Calls from the customer</source>
        <extracomment>Label of the list of calls the customer made with the &quot;Call staff&quot; button.</extracomment>
        <translation>客户呼叫记录</translation>
    </message>
    <message>
        <source>Close the terminal</source>
        <extracomment>Button that closes the branch terminal (asks for the staff PIN).</extracomment>
        <translation>关闭终端</translation>
    </message>
    <message>
        <source>Call staff (F2)</source>
        <extracomment>Button (also F2) a customer presses to ask a member of staff to come.</extracomment>
        <translation>呼叫工作人员（F2）</translation>
    </message>
    <message>
        <source>Staff: take back</source>
        <extracomment>Button staff use to take the terminal back; asks for their PIN and ends the customer&apos;s session.</extracomment>
        <translation>工作人员：收回终端</translation>
    </message>
    <message>
        <source>Close this message</source>
        <extracomment>Button that closes the message about calling staff and the customer&apos;s queue number.</extracomment>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <extracomment>Accessible name of the area showing the customer&apos;s queue number at a branch terminal.</extracomment>
        <translation>您的排队号码</translation>
    </message>
    <message>
        <source>Your desk number</source>
        <extracomment>Staff page: label of the field for the number of the desk the staff member is at.</extracomment>
        <translation>您的窗口号</translation>
    </message>
    <message>
        <source>Call the next number to this desk</source>
        <extracomment>Staff page: button that calls the next customer in the branch queue to this desk.</extracomment>
        <translation>叫下一个号到本窗口</translation>
    </message>
    <message>
        <source>Signed in as staff: {name}.</source>
        <extracomment>Announced when a member of staff signed in; {name} is their name.</extracomment>
        <translation>已以工作人员身份登录：{name}。</translation>
    </message>
    <message>
        <source>Staff PIN to take back the terminal</source>
        <extracomment>Prompt for the staff PIN before staff take the terminal back.</extracomment>
        <translation>收回终端所需的工作人员 PIN 码</translation>
    </message>
    <message>
        <source>Terminal back with staff. The customer&apos;s session was ended and wiped.</source>
        <extracomment>Announced when staff took the terminal back; the customer&apos;s session was wiped.</extracomment>
        <translation>终端已交回工作人员。客户的会话已结束并清除。</translation>
    </message>
    <message>
        <source>A member of staff has been called and will come to you.</source>
        <extracomment>Shown and spoken when the customer called staff.</extracomment>
        <translation>已呼叫工作人员，请稍候，工作人员马上就到。</translation>
    </message>
    <message>
        <source>Call {number} at {time}</source>
        <extracomment>One entry in the staff&apos;s list of calls; {number} counts the calls, {time} is hours:minutes.</extracomment>
        <translation>第 {number} 次呼叫，时间 {time}</translation>
    </message>
    <message>
        <source>Staff: {name}</source>
        <extracomment>Heading of the staff page; {name} is the staff member&apos;s name.</extracomment>
        <translation>工作人员：{name}</translation>
    </message>
    <message>
        <source>The customer&apos;s session could not be fully wiped. Close and restart the terminal.</source>
        <extracomment>Announced to staff when the customer&apos;s files could not all be removed from the terminal.</extracomment>
        <translation>未能完全清除客户的会话。请关闭并重新启动终端。</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <extracomment>Staff page: nobody is waiting in the branch queue.</extracomment>
        <translation>没有人在排队。</translation>
    </message>
    <message>
        <source>Call next: {number} to desk {desk}</source>
        <extracomment>Staff page, list entry and announcement: {number} (e.g. A027) was called to desk {desk}.</extracomment>
        <translation>已叫号：{number} 到 {desk} 号窗口</translation>
    </message>
    <message>
        <source>The next number could not be called. Check the connection and try again.</source>
        <extracomment>Staff page: the bank could not be reached to call the next queue number.</extracomment>
        <translation>无法叫下一个号。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Staff PIN to close the terminal</source>
        <extracomment>Prompt for the staff PIN before the terminal closes.</extracomment>
        <translation>关闭终端所需的工作人员 PIN 码</translation>
    </message>
    <message>
        <source>Staff sign-in failed. Check the username and password.</source>
        <extracomment>Staff sign-in refused by the bank (wrong username or password).</extracomment>
        <translation>工作人员登录失败，请检查用户名和密码。</translation>
    </message>
    <message>
        <source>This account is not a staff account.</source>
        <extracomment>The account that signed in is a customer&apos;s, not a member of staff&apos;s.</extracomment>
        <translation>该账号不是工作人员账号。</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <extracomment>The shift PIN typed at staff sign-in has the wrong form.</extracomment>
        <translation>PIN 码必须为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <extracomment>The staff PIN was wrong.</extracomment>
        <translation>PIN 码错误。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a minute.</source>
        <extracomment>Too many wrong PINs: the terminal waits a minute.</extracomment>
        <translation>PIN 码错误次数过多，请一分钟后重试。</translation>
    </message>
    <message>
        <source>That is not possible now.</source>
        <extracomment>An action that is not possible in the terminal&apos;s current state.</extracomment>
        <translation>现在无法进行此操作。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The app is locked</source>
        <extracomment>Heading of the page shown while the app is locked after a time without use.</extracomment>
        <translation>应用已锁定</translation>
    </message>
    <message>
        <source>Nothing of your accounts is shown while the app is locked. Type your password to go back to where you were.</source>
        <extracomment>Explanation on the lock page; nothing of the customer&apos;s accounts is shown there.</extracomment>
        <translation>应用锁定期间不显示您账户的任何信息。输入密码即可回到刚才的位置。</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Label of the password field on the lock page.</extracomment>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>Button on the lock page that checks the password and unlocks the app.</extracomment>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Button on the lock page that signs out instead of unlocking.</extracomment>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Window and screen title while the app is locked.</extracomment>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>Label above the list of sections (Accounts, History, ...).
----------
Accessible name of the list of sections.</extracomment>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Button that signs the customer out and returns to the sign-in page.</extracomment>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>Button that locks the app at once (nothing of the accounts shows; the password unlocks it).</extracomment>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button that goes back to the previous screen (same as the Escape key).</extracomment>
        <translation>返回</translation>
    </message>
    <message>
        <source>Repeat last message</source>
        <extracomment>Button that says the last status message again (same as F6).</extracomment>
        <translation>重复上一条消息</translation>
    </message>
    <message>
        <source>Working</source>
        <extracomment>Accessible name of the busy indicator shown while the bank is slow to answer.</extracomment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Button that closes the application (same as Ctrl+Q).</extracomment>
        <translation>退出</translation>
    </message>
    <message>
        <source>Screen curtain on. The screen is blank; speech goes on.</source>
        <extracomment>Announced when the screen curtain blanks the window (privacy); speech goes on.</extracomment>
        <translation>屏幕遮帘已开启。屏幕变黑，语音照常播报。</translation>
    </message>
    <message>
        <source>Screen curtain off.</source>
        <extracomment>Announced when the screen curtain is lifted.</extracomment>
        <translation>屏幕遮帘已关闭。</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <extracomment>Announced after signing out.</extracomment>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>a11y bank</source>
        <extracomment>The application&apos;s name, shown in the window title after the current screen&apos;s name.</extracomment>
        <translation>无障碍银行</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <extracomment>Title of the dialog asked before leaving a screen with a payment in progress.</extracomment>
        <translation>付款进行中</translation>
    </message>
    <message>
        <source>A payment is still being sent. Leave this screen anyway?</source>
        <extracomment>Question asked before leaving a screen while a payment is being sent.</extracomment>
        <translation>有一笔付款仍在发送中。仍要离开此页面吗？</translation>
    </message>
    <message>
        <source>Leave anyway</source>
        <extracomment>Button that leaves the screen although a payment is in progress.</extracomment>
        <translation>仍要离开</translation>
    </message>
    <message>
        <source>Text size {percent} percent.</source>
        <extracomment>Announced after the text size changed; {percent} is a number like 150.</extracomment>
        <translation>文字大小：百分之 {percent}。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter an amount.</source>
        <extracomment>Error under the amount field when it was left empty.</extracomment>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <extracomment>Spoken when the amount field was left empty.</extracomment>
        <translation>金额为空。</translation>
    </message>
    <message>
        <source>Type the amount in digits, for example 12.50.</source>
        <extracomment>What to do when the amount field is empty.</extracomment>
        <translation>请用数字输入金额，例如 12.50。</translation>
    </message>
    <message>
        <source>That is not an amount.</source>
        <extracomment>Error under the amount field when what was typed is not a number.</extracomment>
        <translation>这不是有效的金额。</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <extracomment>Spoken when the typed amount is not a number.</extracomment>
        <translation>金额不是数字。</translation>
    </message>
    <message>
        <source>Use digits and one decimal point only, for example 12.50.</source>
        <extracomment>What to do when the typed amount is not a number; &quot;point&quot; is the decimal separator.</extracomment>
        <translation>只能使用数字和一个小数点，例如 12.50。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <extracomment>Error under the amount field when a minus sign was typed.</extracomment>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is below zero. Amounts cannot be negative.</source>
        <extracomment>Spoken when the typed amount has a minus sign.</extracomment>
        <translation>金额小于零。金额不能为负数。</translation>
    </message>
    <message>
        <source>Remove the minus sign.</source>
        <extracomment>What to do when the typed amount is negative.</extracomment>
        <translation>请删除负号。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <extracomment>Error under the amount field when the amount is zero.</extracomment>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount is zero. It must be more than zero.</source>
        <extracomment>Spoken when the typed amount is zero.</extracomment>
        <translation>金额为零。金额必须大于零。</translation>
    </message>
    <message>
        <source>Type the amount you want to send.</source>
        <extracomment>What to do when the typed amount is zero.</extracomment>
        <translation>请输入您要转出的金额。</translation>
    </message>
    <message>
        <source>Use at most {decimals} digits after the decimal point.</source>
        <extracomment>Error under the amount field; {decimals} is how many digits the currency allows after the point.</extracomment>
        <translation>小数点后最多 {decimals} 位。</translation>
    </message>
    <message>
        <source>The amount has too many digits after the point. The most is {decimals}.</source>
        <extracomment>Spoken: too many digits after the decimal point; {decimals} is the allowed number.</extracomment>
        <translation>金额小数点后的位数太多，最多 {decimals} 位。</translation>
    </message>
    <message>
        <source>Shorten the part after the decimal point.</source>
        <extracomment>What to do when the amount has too many decimals.</extracomment>
        <translation>请缩短小数点后的部分。</translation>
    </message>
    <message>
        <source>This currency has no decimal part.</source>
        <extracomment>Error under the amount field for a currency without minor units (for example yen).</extracomment>
        <translation>该币种没有小数部分。</translation>
    </message>
    <message>
        <source>This currency is counted in whole units only.</source>
        <extracomment>Spoken for a currency without minor units when a decimal part was typed.</extracomment>
        <translation>该币种只能以整数单位计算。</translation>
    </message>
    <message>
        <source>Type a whole number, without a decimal point.</source>
        <extracomment>What to do when a decimal part was typed for a whole-unit currency.</extracomment>
        <translation>请输入整数，不要带小数点。</translation>
    </message>
    <message>
        <source>The amount is too large. The most is {maximum}.</source>
        <extracomment>Error under the amount field; {maximum} is the formatted largest amount allowed.</extracomment>
        <translation>金额过大，最多为 {maximum}。</translation>
    </message>
    <message>
        <source>That amount is too large. The most you can type is {maximum}.</source>
        <extracomment>Spoken when the amount is over the maximum; {maximum} is the formatted largest amount.</extracomment>
        <translation>金额过大。最多可输入 {maximum}。</translation>
    </message>
    <message>
        <source>Check the number of digits and type a smaller amount.</source>
        <extracomment>What to do when the amount is too large.</extracomment>
        <translation>请检查位数，并输入较小的金额。</translation>
    </message>
    <message>
        <source>A currency code is three letters, like CNY or GBP.</source>
        <extracomment>Error when a currency code is not three letters.</extracomment>
        <translation>币种代码为三个字母，例如 CNY 或 GBP。</translation>
    </message>
    <message>
        <source>A currency code is three letters, for example C N Y, or G B P.</source>
        <extracomment>Spoken when a currency code is not three letters; codes are spelled out letter by letter.</extracomment>
        <translation>币种代码为三个字母，例如 C N Y 或 G B P。</translation>
    </message>
    <message>
        <source>Choose the currency from the list.</source>
        <extracomment>What to do when a currency code is malformed.
----------
What to do when the currency is not known.</extracomment>
        <translation>请从列表中选择币种。</translation>
    </message>
    <message>
        <source>That currency is not known.</source>
        <extracomment>Error when a three-letter currency code is not a known currency.</extracomment>
        <translation>无法识别该币种。</translation>
    </message>
    <message>
        <source>That currency code is not one we know.</source>
        <extracomment>Spoken when a three-letter currency code is not a known currency.</extracomment>
        <translation>我们不认识这个币种代码。</translation>
    </message>
    <message>
        <source>Enter the account number.</source>
        <extracomment>Error when the account number field was left empty.</extracomment>
        <translation>请输入账号。</translation>
    </message>
    <message>
        <source>The account number is empty.</source>
        <extracomment>Spoken when the account number field is empty.</extracomment>
        <translation>账号为空。</translation>
    </message>
    <message>
        <source>Type the IBAN, the sort code and account number, or the card or account number.</source>
        <extracomment>What to do when the account number is empty.</extracomment>
        <translation>请输入 IBAN、分类代码和账号，或银行卡号或账号。</translation>
    </message>
    <message>
        <source>That does not look like an account number we can pay.</source>
        <extracomment>Error when an account identifier matches no supported scheme (IBAN, UK, Chinese account).</extracomment>
        <translation>这看起来不是可以付款的账号。</translation>
    </message>
    <message>
        <source>We could not recognise that account number.</source>
        <extracomment>Spoken when an account identifier matches no supported scheme.</extracomment>
        <translation>我们无法识别该账号。</translation>
    </message>
    <message>
        <source>Check it against the payee&apos;s details: an IBAN, a 6-digit sort code with an 8-digit account number, or a 16 to 19 digit Chinese account or card number.</source>
        <extracomment>What to do when the account identifier is not recognised.</extracomment>
        <translation>请与收款人提供的信息核对：IBAN、6 位分类代码加 8 位账号，或 16 到 19 位的中国账号或银行卡号。</translation>
    </message>
    <message>
        <source>A sort code is 6 digits, like 12-34-56.</source>
        <extracomment>Error when a UK sort code is not 6 digits.</extracomment>
        <translation>分类代码为 6 位数字，例如 12-34-56。</translation>
    </message>
    <message>
        <source>A sort code is six digits, for example one two, three four, five six.</source>
        <extracomment>Spoken when a UK sort code is not 6 digits; digits are read in pairs.</extracomment>
        <translation>分类代码为六位数字，例如一二、三四、五六。</translation>
    </message>
    <message>
        <source>Type the 6 digits of the sort code. Dashes and spaces are fine.</source>
        <extracomment>What to do when the sort code is invalid.</extracomment>
        <translation>请输入分类代码的 6 位数字，可以带短横线和空格。</translation>
    </message>
    <message>
        <source>A UK account number is 8 digits.</source>
        <extracomment>Error when a UK account number is not 8 digits.</extracomment>
        <translation>英国账号为 8 位数字。</translation>
    </message>
    <message>
        <source>A UK account number is eight digits long.</source>
        <extracomment>Spoken when a UK account number is not 8 digits.</extracomment>
        <translation>英国账号长度为八位数字。</translation>
    </message>
    <message>
        <source>Type all 8 digits of the account number.</source>
        <extracomment>What to do when the UK account number is invalid.</extracomment>
        <translation>请输入账号的全部 8 位数字。</translation>
    </message>
    <message>
        <source>The IBAN does not start with a valid country code.</source>
        <extracomment>Error when the first two letters of an IBAN are not a country that uses IBANs.</extracomment>
        <translation>IBAN 开头不是有效的国家代码。</translation>
    </message>
    <message>
        <source>The first two letters of the IBAN are not a known country.</source>
        <extracomment>Spoken when the IBAN country code is wrong.</extracomment>
        <translation>IBAN 的前两个字母不是已知的国家。</translation>
    </message>
    <message>
        <source>Check the first two letters, for example G B or D E.</source>
        <extracomment>What to do when the IBAN country code is wrong.</extracomment>
        <translation>请检查前两个字母，例如 G B 或 D E。</translation>
    </message>
    <message>
        <source>The IBAN has the wrong length for its country.</source>
        <extracomment>Error when an IBAN has the wrong number of characters for its country.</extracomment>
        <translation>IBAN 的长度与其所属国家不符。</translation>
    </message>
    <message>
        <source>The IBAN is too short or too long for its country.</source>
        <extracomment>Spoken when an IBAN has the wrong number of characters.</extracomment>
        <translation>对其所属国家而言，IBAN 太短或太长。</translation>
    </message>
    <message>
        <source>Check for a missing or extra character.</source>
        <extracomment>What to do when the IBAN length is wrong.</extracomment>
        <translation>请检查是否漏输或多输了字符。</translation>
    </message>
    <message>
        <source>The IBAN is not in the right format for its country.</source>
        <extracomment>Error when an IBAN has letters or digits in places its country does not allow.</extracomment>
        <translation>IBAN 的格式与其所属国家不符。</translation>
    </message>
    <message>
        <source>Some characters of the IBAN are in the wrong place.</source>
        <extracomment>Spoken when an IBAN has the wrong format.</extracomment>
        <translation>IBAN 中有些字符的位置不对。</translation>
    </message>
    <message>
        <source>Compare it character by character with the payee&apos;s details.</source>
        <extracomment>What to do when the IBAN format is wrong.
----------
What to do when the IBAN checksum fails.</extracomment>
        <translation>请与收款人提供的信息逐个字符核对。</translation>
    </message>
    <message>
        <source>The IBAN is not valid. A character may be mistyped.</source>
        <extracomment>Error when the IBAN check digits do not match (usually a typing mistake).</extracomment>
        <translation>IBAN 无效，可能有字符输错了。</translation>
    </message>
    <message>
        <source>The IBAN check failed. One of the characters is probably mistyped.</source>
        <extracomment>Spoken when the IBAN check digits do not match.</extracomment>
        <translation>IBAN 校验失败，很可能有一个字符输错了。</translation>
    </message>
    <message>
        <source>A Chinese account or card number is 16 to 19 digits.</source>
        <extracomment>Error when a Chinese account or bank card number is not 16 to 19 digits.</extracomment>
        <translation>中国账号或银行卡号为 16 到 19 位数字。</translation>
    </message>
    <message>
        <source>A Chinese account or card number has sixteen to nineteen digits.</source>
        <extracomment>Spoken when a Chinese account number has the wrong length.</extracomment>
        <translation>中国账号或银行卡号有十六到十九位数字。</translation>
    </message>
    <message>
        <source>Check for a missing or extra digit.</source>
        <extracomment>What to do when a Chinese account number has the wrong length.</extracomment>
        <translation>请检查是否漏输或多输了数字。</translation>
    </message>
    <message>
        <source>That card number is not valid. A digit may be mistyped.</source>
        <extracomment>Error when a Chinese bank card number fails its check digit (Luhn).</extracomment>
        <translation>该卡号无效，可能有数字输错了。</translation>
    </message>
    <message>
        <source>The card number check failed. One digit is probably mistyped.</source>
        <extracomment>Spoken when a bank card number fails its check digit.</extracomment>
        <translation>卡号校验失败，很可能有一位数字输错了。</translation>
    </message>
    <message>
        <source>Compare the number digit by digit with the card.</source>
        <extracomment>What to do when a bank card number fails its check digit.</extracomment>
        <translation>请与银行卡逐位核对卡号。</translation>
    </message>
    <message>
        <source>Enter the payee&apos;s name.</source>
        <extracomment>Error when the payee name was left empty.</extracomment>
        <translation>请输入收款人户名。</translation>
    </message>
    <message>
        <source>The payee name is empty.</source>
        <extracomment>Spoken when the payee name is empty.</extracomment>
        <translation>收款人户名为空。</translation>
    </message>
    <message>
        <source>Type the name on the payee&apos;s account.</source>
        <extracomment>What to do when the payee name is empty.</extracomment>
        <translation>请输入收款人账户上的户名。</translation>
    </message>
    <message>
        <source>The payee name can be at most {maximum} characters.</source>
        <extracomment>Error when the payee name is too long; {maximum} is the number of characters allowed.</extracomment>
        <translation>收款人户名最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>The payee name is too long. The most is {maximum} characters.</source>
        <extracomment>Spoken when the payee name is too long; {maximum} is the number of characters allowed.</extracomment>
        <translation>收款人户名太长，最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Shorten the name.</source>
        <extracomment>What to do when the payee name is too long.</extracomment>
        <translation>请缩短户名。</translation>
    </message>
    <message>
        <source>The payee name contains characters that are not allowed.</source>
        <extracomment>Error when the payee name contains control or invisible characters (often from pasting).</extracomment>
        <translation>收款人户名含有不允许的字符。</translation>
    </message>
    <message>
        <source>The payee name contains hidden characters that cannot be sent.</source>
        <extracomment>Spoken when the payee name contains control or invisible characters.</extracomment>
        <translation>收款人户名含有无法发送的隐藏字符。</translation>
    </message>
    <message>
        <source>Clear the field and type the name again instead of pasting it.</source>
        <extracomment>What to do when the payee name contains invisible characters.</extracomment>
        <translation>请清空该栏并重新输入户名，不要粘贴。</translation>
    </message>
    <message>
        <source>Enter a reference.</source>
        <extracomment>Error when a payment reference is required but empty.</extracomment>
        <translation>请输入附言。</translation>
    </message>
    <message>
        <source>The reference is empty. This payment needs one.</source>
        <extracomment>Spoken when a required payment reference is empty.</extracomment>
        <translation>附言为空。这笔付款需要附言。</translation>
    </message>
    <message>
        <source>Type the reference the payee gave you, such as a bill number.</source>
        <extracomment>What to do when the payment reference is empty.</extracomment>
        <translation>请输入收款人给您的附言，例如账单编号。</translation>
    </message>
    <message>
        <source>The reference can be at most {maximum} characters.</source>
        <extracomment>Error when the payment reference is too long; {maximum} is the number of characters allowed.</extracomment>
        <translation>附言最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>The reference is too long. The most is {maximum} characters.</source>
        <extracomment>Spoken when the payment reference is too long; {maximum} is the number of characters allowed.</extracomment>
        <translation>附言太长，最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Shorten the reference.</source>
        <extracomment>What to do when the payment reference is too long.</extracomment>
        <translation>请缩短附言。</translation>
    </message>
    <message>
        <source>The reference contains characters that are not allowed.</source>
        <extracomment>Error when the reference contains control, zero-width or text-direction characters.</extracomment>
        <translation>附言含有不允许的字符。</translation>
    </message>
    <message>
        <source>The reference contains hidden characters that cannot be sent.</source>
        <extracomment>Spoken when the reference contains control, zero-width or text-direction characters.</extracomment>
        <translation>附言含有无法发送的隐藏字符。</translation>
    </message>
    <message>
        <source>Clear the field and type the reference again instead of pasting it.</source>
        <extracomment>What to do when the reference contains invisible characters.</extracomment>
        <translation>请清空该栏并重新输入附言，不要粘贴。</translation>
    </message>
    <message>
        <source>That {name} does not look right.</source>
        <extracomment>Error when a bill reference does not have the biller&apos;s format; {name} is what the biller calls it (e.g. &quot;customer number&quot;).
----------
Spoken when a bill reference does not have the biller&apos;s format; {name}: the biller&apos;s word.</extracomment>
        <translation>该{name}似乎不正确。</translation>
    </message>
    <message>
        <source>Check it against your bill.</source>
        <extracomment>What to do when a bill reference does not have the biller&apos;s format.</extracomment>
        <translation>请与账单核对。</translation>
    </message>
    <message>
        <source>The feedback box is empty.</source>
        <extracomment>Error when accessibility feedback is sent with an empty box.
----------
Spoken when accessibility feedback is sent with an empty box.</extracomment>
        <translation>反馈框是空的。</translation>
    </message>
    <message>
        <source>Write your feedback first.</source>
        <extracomment>What to do when the accessibility feedback box is empty.</extracomment>
        <translation>请先写下您的意见。</translation>
    </message>
    <message>
        <source>The feedback is longer than {maximum} characters.</source>
        <extracomment>Error when the accessibility feedback is too long; {maximum} is the most characters allowed.
----------
Spoken when the accessibility feedback is too long; {maximum} is the most characters allowed.</extracomment>
        <translation>反馈超过了 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Shorten it, or send it in two parts.</source>
        <extracomment>What to do when the accessibility feedback is too long.</extracomment>
        <translation>请缩短内容，或分两次发送。</translation>
    </message>
    <message>
        <source>This password does not keep the rules. {rules}</source>
        <extracomment>Error under a new password that breaks the bank&apos;s rules; {rules} is the rules as a sentence.
----------
Spoken when a new password breaks the bank&apos;s rules; {rules} is the rules as a sentence.</extracomment>
        <translation>此密码不符合规则。{rules}</translation>
    </message>
    <message>
        <source>Choose another password.</source>
        <extracomment>What to do when a new password breaks the rules.</extracomment>
        <translation>请换一个密码。</translation>
    </message>
    <message>
        <source>An account number has 10 to 30 digits.</source>
        <extracomment>Error under the account number when enrolling; it must be 10 to 30 digits.</extracomment>
        <translation>账号为 10 到 30 位数字。</translation>
    </message>
    <message>
        <source>That account number is not 10 to 30 digits.</source>
        <extracomment>Spoken when the account number typed to enrol is not 10 to 30 digits.</extracomment>
        <translation>该账号不是 10 到 30 位数字。</translation>
    </message>
    <message>
        <source>Type the account number from your card or contract, digits only.</source>
        <extracomment>What to do when the account number typed to enrol is not 10 to 30 digits.</extracomment>
        <translation>请按银行卡或合同输入账号，只输入数字。</translation>
    </message>
    <message>
        <source>Enter the number of your ID document.</source>
        <extracomment>Error under the ID document number when enrolling with it left empty.</extracomment>
        <translation>请输入您的证件号码。</translation>
    </message>
    <message>
        <source>The ID document number is empty.</source>
        <extracomment>Spoken when the ID document number was left empty.</extracomment>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>Type it as printed on the document.</source>
        <extracomment>What to do when the ID document number was left empty.</extracomment>
        <translation>请按证件上印的号码输入。</translation>
    </message>
    <message>
        <source>The smallest purchase is {amount}.</source>
        <extracomment>Error under the amount to invest when it is below the product&apos;s minimum; {amount} the smallest.</extracomment>
        <translation>最低购买金额为 {amount}。</translation>
    </message>
    <message>
        <source>That is below this product&apos;s smallest purchase, {amount}.</source>
        <extracomment>Spoken when the amount to invest is below the product&apos;s minimum; {amount} the smallest.</extracomment>
        <translation>低于该产品的最低购买金额 {amount}。</translation>
    </message>
    <message>
        <source>Enter a larger amount, or choose another product.</source>
        <extracomment>What to do when the amount to invest is below the product&apos;s minimum.</extracomment>
        <translation>请输入更大的金额，或选择其他产品。</translation>
    </message>
    <message>
        <source>Enter a number of units above 0 and at most {maximum}.</source>
        <extracomment>Error under the units to sell; {maximum} is how many units the customer has.</extracomment>
        <translation>请输入大于 0 且不超过 {maximum} 的份额。</translation>
    </message>
    <message>
        <source>You can sell more than 0 and at most {maximum} units.</source>
        <extracomment>Spoken when the units to sell are not above 0 and at most {maximum}, the units held.</extracomment>
        <translation>可卖出的份额须大于 0 且不超过 {maximum} 份。</translation>
    </message>
    <message>
        <source>Use up to 4 decimals.</source>
        <extracomment>What to do when the units to sell are wrong.</extracomment>
        <translation>最多保留 4 位小数。</translation>
    </message>
    <message>
        <source>That is not a valid date.</source>
        <extracomment>Error when the payment date typed is not a real date.</extracomment>
        <translation>这不是有效的日期。</translation>
    </message>
    <message>
        <source>We could not read that date.</source>
        <extracomment>Spoken when the payment date is not a real date.</extracomment>
        <translation>我们无法识别该日期。</translation>
    </message>
    <message>
        <source>Type the date as year, month and day, for example 2026-12-31.</source>
        <extracomment>What to do when the date is invalid; keep the date pattern as an example.</extracomment>
        <translation>请按年、月、日输入日期，例如 2026-12-31。</translation>
    </message>
    <message>
        <source>The date is in the past.</source>
        <extracomment>Error when a scheduled payment date is before today.</extracomment>
        <translation>该日期已过去。</translation>
    </message>
    <message>
        <source>That date has already passed.</source>
        <extracomment>Spoken when a scheduled payment date is before today.</extracomment>
        <translation>该日期已经过了。</translation>
    </message>
    <message>
        <source>Choose today or a later date.</source>
        <extracomment>What to do when the payment date is in the past.</extracomment>
        <translation>请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>The date can be at most one year ahead, until {latest}.</source>
        <extracomment>Error when a scheduled payment date is more than a year ahead; {latest} is the last allowed date.</extracomment>
        <translation>日期最多只能在一年以内，最晚到 {latest}。</translation>
    </message>
    <message>
        <source>That date is too far ahead. The latest date is {latest}.</source>
        <extracomment>Spoken when a scheduled payment date is too far ahead; {latest} is the last allowed date.</extracomment>
        <translation>该日期太远了，最晚日期是 {latest}。</translation>
    </message>
    <message>
        <source>Choose a date within the next year.</source>
        <extracomment>What to do when the payment date is too far ahead.</extracomment>
        <translation>请选择一年以内的日期。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code.</source>
        <extracomment>Error when the one-time security code field is empty.</extracomment>
        <translation>请输入 6 位验证码。</translation>
    </message>
    <message>
        <source>The code is empty. It has six digits.</source>
        <extracomment>Spoken when the one-time security code field is empty.</extracomment>
        <translation>验证码为空。验证码为六位数字。</translation>
    </message>
    <message>
        <source>Type the code from the message we sent you.</source>
        <extracomment>What to do when the one-time code is empty.</extracomment>
        <translation>请输入我们发给您的消息中的验证码。</translation>
    </message>
    <message>
        <source>The code has digits only.</source>
        <extracomment>Error when the one-time security code contains something other than digits.</extracomment>
        <translation>验证码只包含数字。</translation>
    </message>
    <message>
        <source>The code contains something other than digits.</source>
        <extracomment>Spoken when the one-time security code contains letters or symbols.</extracomment>
        <translation>验证码中含有数字以外的内容。</translation>
    </message>
    <message>
        <source>Type just the 6 digits of the code.</source>
        <extracomment>What to do when the one-time code has non-digits.</extracomment>
        <translation>只需输入验证码的 6 位数字。</translation>
    </message>
    <message>
        <source>The code is 6 digits; you typed {length}.</source>
        <extracomment>Error when the one-time code is not exactly 6 digits; {length} is how many were typed.</extracomment>
        <translation>验证码为 6 位数字；您输入了 {length} 位。</translation>
    </message>
    <message>
        <source>The code has six digits, and you typed {length}.</source>
        <extracomment>Spoken when the one-time code has the wrong number of digits; {length} is how many were typed.</extracomment>
        <translation>验证码为六位数字，您输入了 {length} 位。</translation>
    </message>
    <message>
        <source>Check the code in the message and type all 6 digits.</source>
        <extracomment>What to do when the one-time code has the wrong length.</extracomment>
        <translation>请查看消息中的验证码，并输入全部 6 位数字。</translation>
    </message>
    <message>
        <source>Cannot reach the bank.</source>
        <extracomment>Shown when the bank cannot be reached (no network or the bank server is down).</extracomment>
        <translation>无法连接银行。</translation>
    </message>
    <message>
        <source>We cannot reach the bank right now. Nothing was changed.</source>
        <extracomment>Spoken when the bank cannot be reached.</extracomment>
        <translation>暂时无法连接银行，未做任何更改。</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <extracomment>What to do when the bank cannot be reached.</extracomment>
        <translation>请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The bank&apos;s identity could not be checked, so the app did not connect.</source>
        <extracomment>Shown when the bank&apos;s security certificate could not be verified; the connection was refused.</extracomment>
        <translation>无法核实银行的身份，因此应用没有连接。</translation>
    </message>
    <message>
        <source>The connection was refused for your safety: the bank&apos;s security certificate could not be checked. Someone could be listening in. Nothing was sent.</source>
        <extracomment>Spoken when the bank&apos;s security certificate could not be verified.</extracomment>
        <translation>为了您的安全，连接已被拒绝：无法核实银行的安全证书，可能有人在窃听。没有发送任何内容。</translation>
    </message>
    <message>
        <source>Do not use this network for banking. Call the bank on its published phone number.</source>
        <extracomment>What to do after a certificate error; there is no way to connect anyway.</extracomment>
        <translation>请不要在此网络上办理银行业务。请拨打银行公布的电话号码联系银行。</translation>
    </message>
    <message>
        <source>The bank has a problem right now.</source>
        <extracomment>Shown when the bank&apos;s server failed (HTTP 5xx) on a request that changes nothing (a read).</extracomment>
        <translation>银行系统暂时出现问题。</translation>
    </message>
    <message>
        <source>The bank had a problem and could not answer. Nothing was changed.</source>
        <extracomment>Spoken when the bank&apos;s server failed on a request that changes nothing.</extracomment>
        <translation>银行系统出现问题，未能响应，未做任何更改。</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact the bank.</source>
        <extracomment>What to do when the bank&apos;s server failed.</extracomment>
        <translation>请几分钟后重试。如果问题持续出现，请联系银行。</translation>
    </message>
    <message>
        <source>The bank took too long to answer.</source>
        <extracomment>Shown when the bank took too long to answer a request that changes nothing.</extracomment>
        <translation>银行响应超时。</translation>
    </message>
    <message>
        <source>The bank did not answer in time.</source>
        <extracomment>Spoken when the bank took too long to answer.</extracomment>
        <translation>银行没有及时响应。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <extracomment>What to do after a timeout.</extracomment>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <extracomment>Shown when the sign-in session has expired.</extracomment>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>For your safety, you have been signed out.</source>
        <extracomment>Spoken when the sign-in session has expired.</extracomment>
        <translation>为了您的安全，您已被退出登录。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <extracomment>What to do after the session expired.</extracomment>
        <translation>请重新登录以继续。</translation>
    </message>
    <message>
        <source>Too many requests. Try again in {seconds} seconds.</source>
        <extracomment>Shown when the bank asks us to slow down; {seconds} is how long to wait.</extracomment>
        <translation>请求过多，请 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>The bank is busy. Please wait {seconds} seconds.</source>
        <extracomment>Spoken when the bank asks us to slow down; {seconds} is how long to wait.</extracomment>
        <translation>银行系统繁忙，请等待 {seconds} 秒。</translation>
    </message>
    <message>
        <source>Wait {seconds} seconds, then try again.</source>
        <extracomment>What to do when rate limited; {seconds} is how long to wait.</extracomment>
        <translation>请等待 {seconds} 秒，然后重试。</translation>
    </message>
    <message>
        <source>The bank refused this request.</source>
        <extracomment>Shown when the bank refused a request for a reason we have no better message for.</extracomment>
        <translation>银行拒绝了此请求。</translation>
    </message>
    <message>
        <source>The bank said no to this request. Nothing was changed.</source>
        <extracomment>Spoken when the bank refused a request.</extracomment>
        <translation>银行拒绝了此请求，未做任何更改。</translation>
    </message>
    <message>
        <source>Check the details and try again, or contact the bank.</source>
        <extracomment>What to do when the bank refused a request.</extracomment>
        <translation>请检查信息后重试，或联系银行。</translation>
    </message>
    <message>
        <source>We do not know yet whether this went through.</source>
        <extracomment>Shown when a payment may or may not have gone through (connection lost mid-way).</extracomment>
        <translation>我们还不知道这笔交易是否成功。</translation>
    </message>
    <message>
        <source>The connection was lost before the bank answered. The payment may have been made.</source>
        <extracomment>Spoken when the outcome of a payment is unknown.</extracomment>
        <translation>银行回复之前连接已断开，这笔付款可能已经完成。</translation>
    </message>
    <message>
        <source>Do not pay again. We will check with the bank; see your payments list for the result.</source>
        <extracomment>What to do when the outcome is unknown; tells the person not to pay twice.</extracomment>
        <translation>请不要重复付款。我们会向银行核实，结果请查看您的付款列表。</translation>
    </message>
    <message>
        <source>The bank sent an answer we could not read.</source>
        <extracomment>Shown when the bank&apos;s answer could not be understood.</extracomment>
        <translation>银行发来的回复无法识别。</translation>
    </message>
    <message>
        <source>Something went wrong reading the bank&apos;s answer.</source>
        <extracomment>Spoken when the bank&apos;s answer could not be understood.</extracomment>
        <translation>读取银行回复时出错。</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, contact the bank.</source>
        <extracomment>What to do when the bank&apos;s answer was unreadable.
----------
What to do after an unexpected error.</extracomment>
        <translation>请重试。如果问题持续出现，请联系银行。</translation>
    </message>
    <message>
        <source>Not enough money in the account.</source>
        <extracomment>Shown when the account does not have enough money for the payment.</extracomment>
        <translation>账户余额不足。</translation>
    </message>
    <message>
        <source>There is not enough money in this account for that payment.</source>
        <extracomment>Spoken when the account does not have enough money for the payment.</extracomment>
        <translation>该账户余额不足，无法完成这笔付款。</translation>
    </message>
    <message>
        <source>Pay a smaller amount or choose another account.</source>
        <extracomment>What to do when funds are insufficient.</extracomment>
        <translation>请减少付款金额，或选择其他账户。</translation>
    </message>
    <message>
        <source>This payment is over your limit.</source>
        <extracomment>Shown when the payment is over the daily or per-payment limit.</extracomment>
        <translation>这笔付款超出了您的限额。</translation>
    </message>
    <message>
        <source>This payment is more than your payment limit allows.</source>
        <extracomment>Spoken when the payment is over a limit.</extracomment>
        <translation>这笔付款金额超过了您的付款限额。</translation>
    </message>
    <message>
        <source>Pay a smaller amount, or try again tomorrow.</source>
        <extracomment>What to do when over the limit.</extracomment>
        <translation>请减少付款金额，或明天再试。</translation>
    </message>
    <message>
        <source>Too late for today&apos;s payments.</source>
        <extracomment>Shown when a payment arrives after today&apos;s cut-off time.</extracomment>
        <translation>已超过今天的付款截止时间。</translation>
    </message>
    <message>
        <source>It is past today&apos;s cut-off time for this payment.</source>
        <extracomment>Spoken when a payment arrives after today&apos;s cut-off time.</extracomment>
        <translation>已过今天这类付款的截止时间。</translation>
    </message>
    <message>
        <source>Schedule the payment for the next working day.</source>
        <extracomment>What to do after the cut-off time.</extracomment>
        <translation>请将付款预约到下一个工作日。</translation>
    </message>
    <message>
        <source>This approval has already been used.</source>
        <extracomment>Shown when an approval was already used for another payment.</extracomment>
        <translation>该授权已被使用过。</translation>
    </message>
    <message>
        <source>This payment was already approved and used once.</source>
        <extracomment>Spoken when the payment approval was already used.</extracomment>
        <translation>这笔付款已经授权并使用过一次。</translation>
    </message>
    <message>
        <source>Check your payments list before starting a new payment.</source>
        <extracomment>What to do when the approval was already used; the person should check before paying again.</extracomment>
        <translation>发起新的付款前，请先查看您的付款列表。</translation>
    </message>
    <message>
        <source>That code is not right. {attempts_left} tries left.</source>
        <extracomment>Shown when the one-time code is wrong; {attempts_left} is how many tries remain.</extracomment>
        <translation>验证码不正确，还可以尝试 {attempts_left} 次。</translation>
    </message>
    <message>
        <source>The code is wrong. You have {attempts_left} tries left.</source>
        <extracomment>Spoken when the one-time code is wrong; {attempts_left} is how many tries remain.</extracomment>
        <translation>验证码错误。您还可以尝试 {attempts_left} 次。</translation>
    </message>
    <message>
        <source>Check the latest message we sent and type the code again.</source>
        <extracomment>What to do when the one-time code is wrong.</extracomment>
        <translation>请查看我们发送的最新消息，并重新输入验证码。</translation>
    </message>
    <message>
        <source>That code has expired.</source>
        <extracomment>Shown when the one-time code has expired.</extracomment>
        <translation>验证码已过期。</translation>
    </message>
    <message>
        <source>The code is too old and no longer works.</source>
        <extracomment>Spoken when the one-time code has expired.</extracomment>
        <translation>验证码已过期，不能再使用。</translation>
    </message>
    <message>
        <source>Ask for a new code.</source>
        <extracomment>What to do when the one-time code has expired.</extracomment>
        <translation>请重新获取验证码。</translation>
    </message>
    <message>
        <source>Too many wrong codes. This approval is locked.</source>
        <extracomment>Shown when too many wrong codes locked the approval.</extracomment>
        <translation>错误验证码次数过多，本次授权已锁定。</translation>
    </message>
    <message>
        <source>There were too many wrong codes, so this approval is locked.</source>
        <extracomment>Spoken when too many wrong codes locked the approval.</extracomment>
        <translation>输错验证码的次数过多，因此本次授权已锁定。</translation>
    </message>
    <message>
        <source>Start the payment again to get a new code.</source>
        <extracomment>What to do when the approval is locked.</extracomment>
        <translation>请重新发起付款以获取新的验证码。</translation>
    </message>
    <message>
        <source>That code was already used.</source>
        <extracomment>Shown when a one-time code for a change or an order (not a payment) was already used.</extracomment>
        <translation>该验证码已使用过。</translation>
    </message>
    <message>
        <source>That code has already been used once and cannot be used again.</source>
        <extracomment>Spoken when a one-time code for a change or an order (not a payment) was already used.</extracomment>
        <translation>该验证码已经使用过一次，不能再次使用。</translation>
    </message>
    <message>
        <source>Ask for a new code and type it.</source>
        <extracomment>What to do when a code for a change or an order was already used.</extracomment>
        <translation>请获取新的验证码并输入。</translation>
    </message>
    <message>
        <source>Too many wrong codes. This request is locked.</source>
        <extracomment>Shown when too many wrong codes locked a change or an order (not a payment).</extracomment>
        <translation>错误验证码次数过多，此请求已锁定。</translation>
    </message>
    <message>
        <source>There were too many wrong codes, so this request is locked.</source>
        <extracomment>Spoken when too many wrong codes locked a change or an order (not a payment).</extracomment>
        <translation>输入错误验证码的次数过多，因此此请求已锁定。</translation>
    </message>
    <message>
        <source>Start again from the beginning to get a new code.</source>
        <extracomment>What to do when a change or an order is locked by wrong codes.</extracomment>
        <translation>请从头开始，以获取新的验证码。</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <extracomment>Shown when the user name or password is wrong (never say which one).</extracomment>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>We could not sign you in with that user name and password.</source>
        <extracomment>Spoken when sign-in fails.</extracomment>
        <translation>无法用该用户名和密码为您登录。</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <extracomment>What to do when sign-in fails.</extracomment>
        <translation>请检查用户名和密码后重试。</translation>
    </message>
    <message>
        <source>The app is locked.</source>
        <extracomment>Shown when the app locked (after a time without use, or the customer locked it).</extracomment>
        <translation>应用已锁定。</translation>
    </message>
    <message>
        <source>The app is locked. Nothing of your accounts is shown.</source>
        <extracomment>Spoken when the app locked (after a time without use, or the customer locked it).</extracomment>
        <translation>应用已锁定，不显示您账户的任何信息。</translation>
    </message>
    <message>
        <source>Type your password to go back to where you were.</source>
        <extracomment>What to do to unlock the app.</extracomment>
        <translation>输入密码即可回到刚才的位置。</translation>
    </message>
    <message>
        <source>That password is not right. {attempts_left} tries left.</source>
        <extracomment>Error under the password field of the lock page; {attempts_left} is how many tries are left.</extracomment>
        <translation>密码不正确。还可以尝试 {attempts_left} 次。</translation>
    </message>
    <message>
        <source>That password is not right. You have {attempts_left} tries left.</source>
        <extracomment>Spoken when the password on the lock page is wrong; {attempts_left} is how many tries are left.</extracomment>
        <translation>密码不正确。您还可以尝试 {attempts_left} 次。</translation>
    </message>
    <message>
        <source>Type the password you signed in with, or sign out.</source>
        <extracomment>What to do when the password on the lock page is wrong.</extracomment>
        <translation>请输入您登录时使用的密码，或者退出登录。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. You are signed out.</source>
        <extracomment>Shown when too many wrong passwords were typed on the lock page.</extracomment>
        <translation>密码错误次数过多，您已退出登录。</translation>
    </message>
    <message>
        <source>There were too many wrong passwords, so you are signed out for safety.</source>
        <extracomment>Spoken when too many wrong passwords were typed on the lock page.</extracomment>
        <translation>密码错误次数过多，为了安全，您已退出登录。</translation>
    </message>
    <message>
        <source>Sign in again with your user name and password.</source>
        <extracomment>What to do after being signed out for too many wrong passwords.</extracomment>
        <translation>请用您的用户名和密码重新登录。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <extracomment>Error under the user name field on the sign-in screen when it is empty.</extracomment>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <extracomment>Spoken when the user name field on the sign-in screen is empty.</extracomment>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <source>Type the user name you chose when you joined the bank.</source>
        <extracomment>What to do when the user name is empty.</extracomment>
        <translation>请输入您开户时设置的用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <extracomment>Error under the password field on the sign-in screen when it is empty.</extracomment>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <extracomment>Spoken when the password field on the sign-in screen is empty.</extracomment>
        <translation>密码为空。</translation>
    </message>
    <message>
        <source>Type your password. It is case-sensitive.</source>
        <extracomment>What to do when the password is empty.</extracomment>
        <translation>请输入密码，密码区分大小写。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <extracomment>Shown when something went wrong that has no more specific message.</extracomment>
        <translation>出错了。</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <extracomment>Spoken when something went wrong that has no more specific message.</extracomment>
        <translation>抱歉，出错了。</translation>
    </message>
    <message>
        <source>Secure storage is not available on this computer.</source>
        <extracomment>Shown when the system keyring cannot be used, so the sign-in is kept only until the app closes.</extracomment>
        <translation>这台电脑没有可用的安全存储。</translation>
    </message>
    <message>
        <source>This computer has no secure storage, so you will stay signed in only until you close the app.</source>
        <extracomment>Spoken when the system keyring cannot be used.</extracomment>
        <translation>这台电脑没有安全存储，因此您的登录状态只保持到关闭应用为止。</translation>
    </message>
    <message>
        <source>You can keep using the app; you will need to sign in next time.</source>
        <extracomment>What to do when the keyring is not available.</extracomment>
        <translation>您可以继续使用本应用；下次需要重新登录。</translation>
    </message>
    <message>
        <source>Secure storage is locked.</source>
        <extracomment>Shown when the system keyring is locked.</extracomment>
        <translation>安全存储已锁定。</translation>
    </message>
    <message>
        <source>The computer&apos;s secure storage is locked.</source>
        <extracomment>Spoken when the system keyring is locked.</extracomment>
        <translation>电脑的安全存储已锁定。</translation>
    </message>
    <message>
        <source>Unlock it, for example by signing in to the computer again, then retry.</source>
        <extracomment>What to do when the keyring is locked.</extracomment>
        <translation>请先解锁，例如重新登录电脑，然后重试。</translation>
    </message>
    <message>
        <source>Your settings could not be read, so the defaults are used.</source>
        <extracomment>Shown when saved settings could not be read and the defaults are used instead.</extracomment>
        <translation>无法读取您的设置，已改用默认设置。</translation>
    </message>
    <message>
        <source>Your saved settings were damaged. We are using the standard settings.</source>
        <extracomment>Spoken when saved settings could not be read.</extracomment>
        <translation>您保存的设置已损坏，我们正在使用标准设置。</translation>
    </message>
    <message>
        <source>Open Settings to choose text size, voice and language again.</source>
        <extracomment>What to do after settings were reset.</extracomment>
        <translation>请打开“设置”，重新选择文字大小、语音和语言。</translation>
    </message>
    <message>
        <source>Received by the bank</source>
        <extracomment>Payment status: the bank has received the payment (OB status RCVD).</extracomment>
        <translation>银行已受理</translation>
    </message>
    <message>
        <source>The bank has received the payment.</source>
        <extracomment>Spoken payment status: received.</extracomment>
        <translation>银行已收到这笔付款。</translation>
    </message>
    <message>
        <source>No need to do anything. We will tell you when it is complete.</source>
        <extracomment>What to do while a payment is received but not processed.
----------
What to do while a payment is in progress.</extracomment>
        <translation>无需任何操作。付款完成后我们会通知您。</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Payment status: the bank is processing the payment.</extracomment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>The payment is being processed.</source>
        <extracomment>Spoken payment status: in progress.</extracomment>
        <translation>这笔付款正在处理中。</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Payment status: the money has been sent.</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>The payment is complete.</source>
        <extracomment>Spoken payment status: completed.</extracomment>
        <translation>这笔付款已完成。</translation>
    </message>
    <message>
        <source>Nothing else to do.</source>
        <extracomment>What to do when the payment is complete.
----------
What to do when a payment was cancelled.
----------
What to do after deleting a payee.
----------
What to do after cancelling a scheduled payment.</extracomment>
        <translation>无需其他操作。</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>Payment status: the bank rejected the payment; no money left the account.</extracomment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The bank rejected the payment. No money was taken.</source>
        <extracomment>Spoken payment status: rejected.</extracomment>
        <translation>银行拒绝了这笔付款，未扣款。</translation>
    </message>
    <message>
        <source>Check the payee&apos;s details and try again, or contact the bank.</source>
        <extracomment>What to do when a payment was rejected.</extracomment>
        <translation>请检查收款人信息后重试，或联系银行。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Payment status: the payment was cancelled before it was made.</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The payment was cancelled. No money was taken.</source>
        <extracomment>Spoken payment status: cancelled.</extracomment>
        <translation>这笔付款已取消，未扣款。</translation>
    </message>
    <message>
        <source>Status not known yet</source>
        <extracomment>Payment status: we do not know the status yet.</extracomment>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>We do not know the status of this payment yet.</source>
        <extracomment>Spoken payment status: unknown.</extracomment>
        <translation>我们还不知道这笔付款的状态。</translation>
    </message>
    <message>
        <source>Do not pay again. Check your payments list later.</source>
        <extracomment>What to do when the status is unknown.</extracomment>
        <translation>请不要重复付款，稍后请查看您的付款列表。</translation>
    </message>
    <message>
        <source>Signed in as {name}.</source>
        <extracomment>Shown after signing in; {name} is the customer&apos;s display name.</extracomment>
        <translation>已登录：{name}。</translation>
    </message>
    <message>
        <source>Welcome, {name}. You are signed in.</source>
        <extracomment>Spoken after signing in; {name} is the customer&apos;s display name.</extracomment>
        <translation>欢迎您，{name}。您已登录。</translation>
    </message>
    <message>
        <source>Choose Accounts to see your balances.</source>
        <extracomment>What to do after signing in.</extracomment>
        <translation>选择“账户”查看余额。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <extracomment>Shown after signing out.</extracomment>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <extracomment>Spoken after signing out.</extracomment>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>You can close the app, or sign in again.</source>
        <extracomment>What to do after signing out.</extracomment>
        <translation>您可以关闭应用，或重新登录。</translation>
    </message>
    <message>
        <source>Sent {amount} to {payee}.</source>
        <extracomment>Shown after a payment was sent; {amount} is the formatted amount and {payee} the payee&apos;s name.</extracomment>
        <translation>已向{payee}转账 {amount}。</translation>
    </message>
    <message>
        <source>Payment sent. {amount} to {payee}.</source>
        <extracomment>Spoken after a payment was sent; {amount} is the amount in words and {payee} the payee&apos;s name.</extracomment>
        <translation>付款已发送。向{payee}转账 {amount}。</translation>
    </message>
    <message>
        <source>You can see it in your payments list.</source>
        <extracomment>What to do after a payment was sent.</extracomment>
        <translation>您可以在付款列表中查看。</translation>
    </message>
    <message>
        <source>Payee {payee} added.</source>
        <extracomment>Shown after a payee was saved; {payee} is the payee&apos;s name.</extracomment>
        <translation>已添加收款人 {payee}。</translation>
    </message>
    <message>
        <source>{payee} is now in your payees.</source>
        <extracomment>Spoken after a payee was saved; {payee} is the payee&apos;s name.</extracomment>
        <translation>{payee} 已加入您的收款人列表。</translation>
    </message>
    <message>
        <source>You can now pay them from the Transfer screen.</source>
        <extracomment>What to do after adding a payee.</extracomment>
        <translation>现在可以在“转账”页面向其付款了。</translation>
    </message>
    <message>
        <source>Payee {payee} deleted.</source>
        <extracomment>Shown after a payee was deleted; {payee} is the payee&apos;s name.</extracomment>
        <translation>已删除收款人 {payee}。</translation>
    </message>
    <message>
        <source>{payee} has been removed from your payees.</source>
        <extracomment>Spoken after a payee was deleted; {payee} is the payee&apos;s name.</extracomment>
        <translation>{payee} 已从您的收款人列表中删除。</translation>
    </message>
    <message>
        <source>{amount} to {payee} scheduled for {date}.</source>
        <extracomment>Shown after a payment was scheduled; {amount}, {payee}, and {date} the formatted payment date.</extracomment>
        <translation>已预约 {date} 向{payee}付款 {amount}。</translation>
    </message>
    <message>
        <source>Payment scheduled. {amount} to {payee} on {date}.</source>
        <extracomment>Spoken after a payment was scheduled; {amount}, {payee}, and {date} the payment date.</extracomment>
        <translation>付款已预约。{date} 向{payee}付款 {amount}。</translation>
    </message>
    <message>
        <source>You can cancel it from Scheduled payments before that date.</source>
        <extracomment>What to do after scheduling a payment.</extracomment>
        <translation>在该日期之前，您可以在“预约付款”中取消。</translation>
    </message>
    <message>
        <source>Scheduled payment to {payee} cancelled.</source>
        <extracomment>Shown after a scheduled payment was cancelled; {payee} is the payee&apos;s name.</extracomment>
        <translation>向{payee}的预约付款已取消。</translation>
    </message>
    <message>
        <source>The scheduled payment to {payee} is cancelled. It will not be paid.</source>
        <extracomment>Spoken after a scheduled payment was cancelled; {payee} is the payee&apos;s name.</extracomment>
        <translation>向{payee}的预约付款已取消，将不会付款。</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to {destination}.</source>
        <extracomment>Shown after a one-time code was sent; {destination} is the masked phone number or e-mail.</extracomment>
        <translation>我们已向 {destination} 发送 6 位验证码。</translation>
    </message>
    <message>
        <source>A six digit code is on its way to {destination}.</source>
        <extracomment>Spoken after a one-time code was sent; {destination} is the masked phone number or e-mail.</extracomment>
        <translation>六位验证码正在发送至 {destination}。</translation>
    </message>
    <message>
        <source>Type the code to approve the payment.</source>
        <extracomment>What to do after a code was sent.</extracomment>
        <translation>请输入验证码以授权这笔付款。</translation>
    </message>
    <message>
        <source>Give the action a name.</source>
        <extracomment>Error under the name field of a quick menu action when it was left empty.</extracomment>
        <translation>请为这个操作起个名字。</translation>
    </message>
    <message>
        <source>The name of the action is empty.</source>
        <extracomment>Spoken when the name of a quick menu action is empty.</extracomment>
        <translation>操作名称为空。</translation>
    </message>
    <message>
        <source>Type a short name you will recognise, for example Pay electricity bill.</source>
        <extracomment>What to do when the name of a quick menu action is empty.</extracomment>
        <translation>输入一个您能认出的简短名称，例如“交电费”。</translation>
    </message>
    <message>
        <source>Use at most {maximum} characters.</source>
        <extracomment>Error under the name field of a quick menu action; {maximum} is the most characters allowed.</extracomment>
        <translation>最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>The name is too long. The most is {maximum} characters.</source>
        <extracomment>Spoken when the name of a quick menu action is too long; {maximum} is the most allowed.</extracomment>
        <translation>名称太长。最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>Make the name shorter.</source>
        <extracomment>What to do when the name of a quick menu action is too long.</extracomment>
        <translation>请缩短名称。</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <extracomment>Error under the account list of a quick menu action when no account is chosen.</extracomment>
        <translation>请选择账户。</translation>
    </message>
    <message>
        <source>No account is chosen.</source>
        <extracomment>Spoken when a quick menu action has no account.</extracomment>
        <translation>没有选择账户。</translation>
    </message>
    <message>
        <source>Choose one of your accounts from the list.</source>
        <extracomment>What to do when a quick menu action has no account.</extracomment>
        <translation>请从列表中选择您的一个账户。</translation>
    </message>
    <message>
        <source>Choose a saved payee.</source>
        <extracomment>Error under the payee list of a quick menu action when no saved payee is chosen.</extracomment>
        <translation>请选择已保存的收款人。</translation>
    </message>
    <message>
        <source>No payee is chosen.</source>
        <extracomment>Spoken when a quick menu action has no payee.</extracomment>
        <translation>没有选择收款人。</translation>
    </message>
    <message>
        <source>Choose a payee from the list. To pay someone new, add them in Payees first.</source>
        <extracomment>What to do when a quick menu action has no payee.</extracomment>
        <translation>请从列表中选择收款人。要付款给新的收款人，请先在“收款人”中添加。</translation>
    </message>
    <message>
        <source>Choose a biller.</source>
        <extracomment>Error under the biller list of a quick menu action when no biller is chosen.</extracomment>
        <translation>请选择缴费单位。</translation>
    </message>
    <message>
        <source>No biller is chosen.</source>
        <extracomment>Spoken when a quick menu action has no biller.</extracomment>
        <translation>没有选择缴费单位。</translation>
    </message>
    <message>
        <source>Choose the company that sends the bill from the list.</source>
        <extracomment>What to do when a quick menu action has no biller.</extracomment>
        <translation>请从列表中选择出账单的单位。</translation>
    </message>
    <message>
        <source>Enter your number on the bill.</source>
        <extracomment>Error under the bill number field of a quick menu action when it is empty or too long.</extracomment>
        <translation>请输入账单上的户号。</translation>
    </message>
    <message>
        <source>The bill number is missing.</source>
        <extracomment>Spoken when the bill number of a quick menu action is empty or too long.</extracomment>
        <translation>缺少账单户号。</translation>
    </message>
    <message>
        <source>Type the number printed on your bill, up to 35 characters.</source>
        <extracomment>What to do when the bill number of a quick menu action is missing.</extracomment>
        <translation>输入账单上印的户号，最多 35 个字符。</translation>
    </message>
    <message>
        <source>Choose a screen.</source>
        <extracomment>Error under the screen list of a quick menu action when no screen is chosen.</extracomment>
        <translation>请选择页面。</translation>
    </message>
    <message>
        <source>No screen is chosen.</source>
        <extracomment>Spoken when a quick menu action that opens a screen has none.</extracomment>
        <translation>没有选择页面。</translation>
    </message>
    <message>
        <source>Choose the screen to open from the list.</source>
        <extracomment>What to do when a quick menu action that opens a screen has none.</extracomment>
        <translation>请从列表中选择要打开的页面。</translation>
    </message>
    <message>
        <source>Enter the amount to pay.</source>
        <extracomment>Error under the amount field of a quick menu payment when it is missing or not valid.</extracomment>
        <translation>请输入付款金额。</translation>
    </message>
    <message>
        <source>The amount is missing or not valid.</source>
        <extracomment>Spoken when the amount of a quick menu payment is missing or not valid.</extracomment>
        <translation>金额缺失或无效。</translation>
    </message>
    <message>
        <source>Type the amount in digits, for example 200.00.</source>
        <extracomment>What to do when the amount of a quick menu payment is missing.</extracomment>
        <translation>请用数字输入金额，例如 200.00。</translation>
    </message>
    <message>
        <source>The quick menu is full: {maximum} actions.</source>
        <extracomment>Shown when the quick menu already has its most actions; {maximum} is that number (9).</extracomment>
        <translation>快捷菜单已满：{maximum} 项。</translation>
    </message>
    <message>
        <source>The quick menu is full. It holds {maximum} actions.</source>
        <extracomment>Spoken when the quick menu is full; {maximum} is how many actions it holds.</extracomment>
        <translation>快捷菜单已满。最多可放 {maximum} 项。</translation>
    </message>
    <message>
        <source>Remove an action before adding another.</source>
        <extracomment>What to do when the quick menu is full.</extracomment>
        <translation>请先删除一项，再添加新的。</translation>
    </message>
    <message>
        <source>{name} has no quick menu action.</source>
        <extracomment>Shown when a quick menu key has no action; {name} is the key, e.g. Alt+3.</extracomment>
        <translation>{name} 上没有快捷菜单操作。</translation>
    </message>
    <message>
        <source>There is no quick menu action on {name}.</source>
        <extracomment>Spoken when a quick menu key has no action; {name} is the key, e.g. Alt+3.</extracomment>
        <translation>{name} 上还没有快捷菜单操作。</translation>
    </message>
    <message>
        <source>You can set one up on the Quick menu screen.</source>
        <extracomment>What to do when a quick menu key has no action.</extracomment>
        <translation>您可以在“快捷菜单”页面设置。</translation>
    </message>
    <message>
        <source>Your quick menu is empty.</source>
        <extracomment>Shown when the quick menu is read out but has no actions.</extracomment>
        <translation>您的快捷菜单是空的。</translation>
    </message>
    <message>
        <source>Your quick menu has no actions yet.</source>
        <extracomment>Spoken when the quick menu is read out but has no actions.</extracomment>
        <translation>您的快捷菜单还没有任何操作。</translation>
    </message>
    <message>
        <source>Add actions on the Quick menu screen.</source>
        <extracomment>What to do when the quick menu is empty.</extracomment>
        <translation>请在“快捷菜单”页面添加操作。</translation>
    </message>
    <message>
        <source>“{name}” cannot run: its payee, biller or account is no longer there.</source>
        <extracomment>Shown when a quick menu action refers to a payee, biller or account that is gone; {name} its name.</extracomment>
        <translation>“{name}”无法运行：它的收款人、缴费单位或账户已不存在。</translation>
    </message>
    <message>
        <source>The quick menu action {name} cannot run. Its payee, biller or account is no longer there.</source>
        <extracomment>Spoken when a quick menu action refers to something that is gone; {name} is the action&apos;s name.</extracomment>
        <translation>快捷菜单操作 {name} 无法运行。它的收款人、缴费单位或账户已不存在。</translation>
    </message>
    <message>
        <source>Edit the action or remove it.</source>
        <extracomment>What to do when a quick menu action cannot run any more.</extracomment>
        <translation>请修改或删除这个操作。</translation>
    </message>
    <message>
        <source>Another payment is in progress.</source>
        <extracomment>Shown when a quick menu payment cannot start because another payment is under way.</extracomment>
        <translation>另一笔付款正在进行中。</translation>
    </message>
    <message>
        <source>Another payment is in progress on this screen.</source>
        <extracomment>Spoken when a quick menu payment cannot start because another payment is under way.</extracomment>
        <translation>本页面上另一笔付款正在进行中。</translation>
    </message>
    <message>
        <source>Finish it or go back to the form, then press the key again.</source>
        <extracomment>What to do when another payment is in progress.</extracomment>
        <translation>请先完成它或返回表单，然后再按一次该键。</translation>
    </message>
    <message>
        <source>Headphones unplugged: voice is paused.</source>
        <extracomment>Status line when headphones are unplugged while the voice may only use headphones.
----------
Sent to the screen reader (never spoken aloud) when the headphones are unplugged.</extracomment>
        <translation>耳机已拔出：语音已暂停。</translation>
    </message>
    <message>
        <source>Plug them back in to hear it again.</source>
        <extracomment>What to do when the headphones were unplugged.</extracomment>
        <translation>重新插上耳机即可再次收听。</translation>
    </message>
    <message>
        <source>Headphones connected: voice is on again.</source>
        <extracomment>Status line when headphones are plugged back in and the voice plays again.
----------
Said (through the headphones) when they are plugged back in.</extracomment>
        <translation>耳机已连接：语音已恢复。</translation>
    </message>
    <message>
        <source>Sound plays only through your headphones.</source>
        <extracomment>Reminder after headphones are connected again: sound still goes only to them.</extracomment>
        <translation>声音只通过您的耳机播放。</translation>
    </message>
    <message>
        <source>We could not confirm these details.</source>
        <extracomment>Error under the account number when the bank could not match it with the ID document.</extracomment>
        <translation>我们无法核实这些信息。</translation>
    </message>
    <message>
        <source>The account number and the ID document number do not match our records.</source>
        <extracomment>Spoken when the bank could not match the account number with the ID document number.</extracomment>
        <translation>账号和身份证件号码与我们的记录不符。</translation>
    </message>
    <message>
        <source>Check both numbers and try again.</source>
        <extracomment>What to do when enrolment details could not be confirmed.</extracomment>
        <translation>请检查这两个号码后再试一次。</translation>
    </message>
    <message>
        <source>Choose at least one way to receive codes.</source>
        <extracomment>Error when no way to receive one-time codes is ticked (enrolment, Security).</extracomment>
        <translation>请至少选择一种接收验证码的方式。</translation>
    </message>
    <message>
        <source>No way to receive codes is chosen.</source>
        <extracomment>Spoken when no way to receive one-time codes is ticked.</extracomment>
        <translation>没有选择接收验证码的方式。</translation>
    </message>
    <message>
        <source>Tick at least one: text message, e-mail, voice message or security token.</source>
        <extracomment>What to do when no code channel is ticked.</extracomment>
        <translation>请至少勾选一项：短信、电子邮件、语音消息或安全令牌。</translation>
    </message>
    <message>
        <source>Your number is {number}. People ahead of you: {ahead}.</source>
        <extracomment>Shown when the customer got a branch queue number; {number} e.g. A027, {ahead} a count of people.
----------
Shown when the customer got a branch queue number but no SMS could be sent; {number}, {ahead}.</extracomment>
        <translation>您的号码是 {number}。您前面还有 {ahead} 人。</translation>
    </message>
    <message>
        <source>Your queue number is {spoken_number}. People ahead of you: {ahead}.</source>
        <extracomment>Spoken queue number; {spoken_number} is the number spelt out (A 0 2 7), {ahead} a count.
----------
Spoken queue number (no SMS sent); {spoken_number} is the number spelt out, {ahead} a count.</extracomment>
        <translation>您的排队号码是 {spoken_number}。您前面还有 {ahead} 人。</translation>
    </message>
    <message>
        <source>We have also sent it to your phone by text message. It will show here when a desk is free.</source>
        <extracomment>After a queue number was given and also sent to the customer&apos;s phone by SMS.</extracomment>
        <translation>我们也已通过短信发送到您的手机。轮到您时，号码会显示在这里。</translation>
    </message>
    <message>
        <source>Please wait here. Your number will show here when a desk is free.</source>
        <extracomment>After a queue number was given without an SMS.</extracomment>
        <translation>请在这里稍候。轮到您时，号码会显示在这里。</translation>
    </message>
    <message>
        <source>{number}: please go to desk {desk}.</source>
        <extracomment>Shown when staff call the customer&apos;s queue number; {number} e.g. A027, {desk} the desk number.</extracomment>
        <translation>{number} 号：请到 {desk} 号窗口。</translation>
    </message>
    <message>
        <source>Number {spoken_number}: please go to desk {desk}.</source>
        <extracomment>Spoken when the customer&apos;s queue number is called; {spoken_number} spelt out, {desk} a number.</extracomment>
        <translation>{spoken_number} 号，请到 {desk} 号窗口。</translation>
    </message>
    <message>
        <source>Take your time. This message stays until you close it.</source>
        <extracomment>After the queue number was called: no hurry, the message stays on screen.</extracomment>
        <translation>不用着急。此消息会一直显示，直到您关闭它。</translation>
    </message>
    <message>
        <source>Staff have been called, but a queue number could not be taken.</source>
        <extracomment>Shown when staff were called but the bank could not give a queue number (e.g. no connection).</extracomment>
        <translation>已呼叫工作人员，但未能取到排队号码。</translation>
    </message>
    <message>
        <source>Staff have been called. A queue number could not be taken.</source>
        <extracomment>Spoken when staff were called but no queue number could be taken.</extracomment>
        <translation>已呼叫工作人员。未能取到排队号码。</translation>
    </message>
    <message>
        <source>Please stay here: a member of staff will come to you.</source>
        <extracomment>What to do when no queue number could be taken.</extracomment>
        <translation>请留在这里，工作人员会过来找您。</translation>
    </message>
    <message>
        <source>A member of staff has been called and will come to you.</source>
        <extracomment>Shown when a customer who has not signed in yet calls staff at a branch terminal.
----------
Spoken when a customer who has not signed in yet calls staff at a branch terminal.</extracomment>
        <translation>已呼叫工作人员，请稍候，工作人员马上就到。</translation>
    </message>
    <message>
        <source>To also get a queue number by text message, sign in, then press Call staff again.</source>
        <extracomment>How to get a queue number by SMS: it needs the customer&apos;s phone on record, so signing in.</extracomment>
        <translation>如需通过短信获取排队号码，请先登录，然后再按一次“呼叫工作人员”。</translation>
    </message>
    <message>
        <source>The list of sections appears after you sign in.</source>
        <extracomment>Shown when the key to the list of sections is pressed before sign-in (the list is not there yet).</extracomment>
        <translation>登录后才会出现栏目列表。</translation>
    </message>
    <message>
        <source>There is no list of sections yet. It appears after you sign in.</source>
        <extracomment>Spoken when the key to the list of sections is pressed before sign-in.</extracomment>
        <translation>现在还没有栏目列表，登录后才会出现。</translation>
    </message>
    <message>
        <source>Sign in first, then press this key again.</source>
        <extracomment>What to do to reach the list of sections from the sign-in page.</extracomment>
        <translation>请先登录，然后再按一次这个键。</translation>
    </message>
    <message>
        <source>The list of sections is hidden while the app is locked.</source>
        <extracomment>Shown when the key to the list of sections is pressed while the app is locked.</extracomment>
        <translation>应用锁定期间，栏目列表不显示。</translation>
    </message>
    <message>
        <source>The app is locked, so the list of sections is hidden.</source>
        <extracomment>Spoken when the key to the list of sections is pressed while the app is locked.</extracomment>
        <translation>应用已锁定，所以栏目列表不显示。</translation>
    </message>
    <message>
        <source>Type your password to unlock, then press this key again.</source>
        <extracomment>What to do to reach the list of sections from the lock page.</extracomment>
        <translation>请输入密码解锁，然后再按一次这个键。</translation>
    </message>
    <message>
        <source>We sent a {length}-digit code to {destination}.</source>
        <extracomment>Shown when a code was sent for a change or an order; {destination}: masked phone or e-mail.</extracomment>
        <translation>我们已向{destination}发送了{length}位验证码。</translation>
    </message>
    <message>
        <source>A {length} digit code is on its way to {destination}.</source>
        <extracomment>Spoken when a one-time code was sent for a change or an order.</extracomment>
        <translation>{length}位验证码正在发往{destination}。</translation>
    </message>
    <message>
        <source>Type it and press Enter.</source>
        <extracomment>What to do after a one-time code was sent for a change or an order.</extracomment>
        <translation>请输入验证码，然后按回车键。</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <extracomment>Check box under a new password field that shows the password as typed.</extracomment>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>At least {min} characters, with at least one letter and one digit.</source>
        <extracomment>Password rule; {min} is the least number of characters.</extracomment>
        <translation>至少 {min} 个字符，其中至少包含一个字母和一个数字。</translation>
    </message>
    <message>
        <source>At least {min} characters, with at least one letter.</source>
        <extracomment>Password rule; {min} is the least number of characters.</extracomment>
        <translation>至少 {min} 个字符，其中至少包含一个字母。</translation>
    </message>
    <message>
        <source>At least {min} characters, with at least one digit.</source>
        <extracomment>Password rule; {min} is the least number of characters.</extracomment>
        <translation>至少 {min} 个字符，其中至少包含一个数字。</translation>
    </message>
    <message>
        <source>At least {min} characters.</source>
        <extracomment>Password rule; {min} is the least number of characters.</extracomment>
        <translation>至少 {min} 个字符。</translation>
    </message>
    <message>
        <source>Spaces and any other characters are allowed, and pasting is fine.</source>
        <extracomment>Password rule: what else a password may hold (the bank allows any character and pasting).</extracomment>
        <translation>可以使用空格和其他任何字符，也可以粘贴。</translation>
    </message>
    <message>
        <source>Up to {max} characters.</source>
        <extracomment>Password rule; {max} is the most characters a password may have.</extracomment>
        <translation>最多 {max} 个字符。</translation>
    </message>
</context>
<context>
    <name>PayeeForm</name>
    <message>
        <source>New payee</source>
        <extracomment>Title of the group of fields for a new payee.</extracomment>
        <translation>新收款人</translation>
    </message>
    <message>
        <source>Payee name</source>
        <extracomment>Label of the new payee&apos;s name field.</extracomment>
        <translation>收款人户名</translation>
    </message>
    <message>
        <source>The name on their bank account.</source>
        <extracomment>Hint under the payee name field.</extracomment>
        <translation>对方银行账户上的户名。</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>Label of the list that chooses how the payee&apos;s account is written.</extracomment>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Chinese account or card number</source>
        <extracomment>Account type: a Chinese bank account or bank card number.</extracomment>
        <translation>中国账号或银行卡号</translation>
    </message>
    <message>
        <source>UK sort code and account number</source>
        <extracomment>Account type: a UK sort code and account number.</extracomment>
        <translation>英国分类代码和账号</translation>
    </message>
    <message>
        <source>IBAN</source>
        <extracomment>Account type: an international bank account number.
----------
Label of the IBAN field.</extracomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Sort code</source>
        <extracomment>Label of the UK sort code field.</extracomment>
        <translation>分类代码</translation>
    </message>
    <message>
        <source>6 digits, for example 12-34-56.</source>
        <extracomment>Hint under the sort code field.</extracomment>
        <translation>6 位数字，例如 12-34-56。</translation>
    </message>
    <message>
        <source>Starts with 2 letters, for example GB82 WEST 1234 5698 7654 32.</source>
        <extracomment>Hint under the IBAN field.</extracomment>
        <translation>以 2 个字母开头，例如 GB82 WEST 1234 5698 7654 32。</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>Label of the UK account number field.</extracomment>
        <translation>账号</translation>
    </message>
    <message>
        <source>8 digits.</source>
        <extracomment>Hint under the UK account number field.</extracomment>
        <translation>8 位数字。</translation>
    </message>
    <message>
        <source>Account or card number</source>
        <extracomment>Label of the Chinese account or card number field.</extracomment>
        <translation>账号或卡号</translation>
    </message>
    <message>
        <source>16 to 19 digits. Spaces are fine.</source>
        <extracomment>Hint under the Chinese account number field.</extracomment>
        <translation>16 到 19 位数字，可以带空格。</translation>
    </message>
</context>
<context>
    <name>Payees</name>
    <message>
        <source>The bank says this account belongs to {name}.</source>
        <extracomment>Name check result: the typed payee name matches the account holder; {name} is that name.</extracomment>
        <translation>银行确认该账户属于 {name}。</translation>
    </message>
    <message>
        <source>Close match: the bank says this account belongs to {name}. Check that this is who you mean.</source>
        <extracomment>Name check result: close but not exact; {name} is the account holder&apos;s real name.</extracomment>
        <translation>部分匹配：银行显示该账户属于 {name}。请确认这是您要付款的人。</translation>
    </message>
    <message>
        <source>Warning: this account does not belong to {name}. If you pay it, the money may go to someone else. Check the details with the payee.</source>
        <extracomment>Name check result: the name does not match the account; {name} is the name the customer typed.</extracomment>
        <translation>警告：该账户不属于 {name}。如果付款，钱可能会转给别人。请向收款人核实信息。</translation>
    </message>
    <message>
        <source>The bank could not check the name for this account. Make sure the details are right.</source>
        <extracomment>Name check result: the bank could not check the name for this account.</extracomment>
        <translation>银行无法核验该账户的户名，请确认信息无误。</translation>
    </message>
    <message>
        <source>{name}, account ending {last4}, reference {reference}</source>
        <extracomment>A saved payee in a list; {name}, {last4} last 4 characters of the account, {reference}.</extracomment>
        <translation>{name}，账户尾号 {last4}，附言 {reference}</translation>
    </message>
    <message>
        <source>{name}, account ending {last4}</source>
        <extracomment>A saved payee in a list; {name}, {last4} last 4 characters of the account number.</extracomment>
        <translation>{name}，账户尾号 {last4}</translation>
    </message>
</context>
<context>
    <name>PayeesScreen</name>
    <message>
        <source>Payees</source>
        <extracomment>Heading of the payees screen.
----------
Window title part for the payees screen.</extracomment>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Your saved payees</source>
        <extracomment>Label of the list of saved payees.</extracomment>
        <translation>我保存的收款人</translation>
    </message>
    <message>
        <source>Delete payee</source>
        <extracomment>Button that deletes the selected payee (asks first).
----------
Title of the dialog that asks before deleting a payee.</extracomment>
        <translation>删除收款人</translation>
    </message>
    <message>
        <source>Pay this payee</source>
        <extracomment>Button that opens Transfer with the selected payee chosen.</extracomment>
        <translation>向该收款人付款</translation>
    </message>
    <message>
        <source>Add payee</source>
        <extracomment>Button that saves the new payee typed below.</extracomment>
        <translation>添加收款人</translation>
    </message>
    <message>
        <source>Loading your payees</source>
        <extracomment>Progress announced while the saved payees load.</extracomment>
        <translation>正在加载您的收款人</translation>
    </message>
    <message>
        <source>You have no saved payees.</source>
        <extracomment>Shown and spoken when there are no saved payees.</extracomment>
        <translation>您没有保存的收款人。</translation>
    </message>
    <message>
        <source>1 saved payee.</source>
        <extracomment>Shown and spoken when there is exactly one saved payee.</extracomment>
        <translation>已保存 1 位收款人。</translation>
    </message>
    <message numerus="yes">
        <source>%n saved payees.</source>
        <extracomment>Shown and spoken after the payees loaded; %n is how many.</extracomment>
        <translation>
            <numerusform>已保存 %n 位收款人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {payee}? You will need to add them again to pay them.</source>
        <extracomment>Question before deleting a payee; {payee} is the payee sentence (name, account ending).</extracomment>
        <translation>删除 {payee}？之后如需向其付款，需要重新添加。</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button that confirms deleting the payee.</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>{name} was not deleted.</source>
        <extracomment>Spoken when the customer cancels deleting a payee; {name} is the payee&apos;s name.</extracomment>
        <translation>{name} 未被删除。</translation>
    </message>
    <message>
        <source>Deleting the payee</source>
        <extracomment>Progress announced while a payee is deleted.</extracomment>
        <translation>正在删除收款人</translation>
    </message>
    <message>
        <source>Adding the payee and checking the name</source>
        <extracomment>Progress announced while the bank saves and checks a new payee.</extracomment>
        <translation>正在添加收款人并核验户名</translation>
    </message>
</context>
<context>
    <name>PaymentAmountField</name>
    <message>
        <source>Amount in {currency}</source>
        <extracomment>Label of a payment&apos;s amount field; {currency} is the paying account&apos;s currency code.</extracomment>
        <translation>金额（{currency}）</translation>
    </message>
    <message>
        <source>Digits and a decimal point, for example 120.50.</source>
        <extracomment>Hint under a payment&apos;s amount field.</extracomment>
        <translation>请输入数字和小数点，例如 120.50。</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <extracomment>Spoken when a payment&apos;s amount field is left; {amount} is the amount in words.</extracomment>
        <translation>金额：{amount}</translation>
    </message>
</context>
<context>
    <name>PaymentFlow</name>
    <message>
        <source>Preparing the payment for review</source>
        <extracomment>Progress announced while the bank prepares a payment for review.</extracomment>
        <translation>正在准备付款，供您核对</translation>
    </message>
    <message>
        <source>Sending a one-time code</source>
        <extracomment>Progress announced while the bank sends a one-time code.</extracomment>
        <translation>正在发送一次性验证码</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <extracomment>Progress announced while the bank checks the one-time code.</extracomment>
        <translation>正在核对验证码</translation>
    </message>
    <message>
        <source>Sending the payment</source>
        <extracomment>Progress announced while the payment is being sent to the bank.</extracomment>
        <translation>正在发送付款</translation>
    </message>
    <message>
        <source>We don&apos;t know yet whether the payment went through. We are checking — do not send it again.</source>
        <extracomment>Shown and read aloud when a payment was sent but its outcome cannot be known yet.</extracomment>
        <translation>我们还不知道这笔付款是否成功。正在核实中，请不要重复发送。</translation>
    </message>
    <message>
        <source>Payment status: {status}</source>
        <extracomment>Payment status line; {status} is e.g. &quot;Received by the bank&quot;, &quot;Completed&quot;.
----------
Spoken payment status; {status} is the spoken status sentence.</extracomment>
        <translation>付款状态：{status}</translation>
    </message>
    <message>
        <source>We checked with the bank: it was paid exactly once.</source>
        <extracomment>Added after a payment whose outcome was unknown turned out to have been made.</extracomment>
        <translation>我们已向银行核实：这笔款项只支付了一次。</translation>
    </message>
</context>
<context>
    <name>PaymentSteps</name>
    <message>
        <source>Check the payment</source>
        <extracomment>Heading of the page that shows a payment for checking before it is approved.</extracomment>
        <translation>核对付款</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <extracomment>Label of the list that chooses how the one-time code is sent.</extracomment>
        <translation>验证码发送方式</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <extracomment>One-time code channel: text message.</extracomment>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>One-time code channel: e-mail.</extracomment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Voice call</source>
        <extracomment>One-time code channel: an automated phone call that reads the code.</extracomment>
        <translation>语音电话</translation>
    </message>
    <message>
        <source>Security token</source>
        <extracomment>One-time code channel: the customer&apos;s security token device.</extracomment>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Confirm and send code</source>
        <extracomment>Button on the review page: the customer confirms the payment and asks for the code.</extracomment>
        <translation>确认并发送验证码</translation>
    </message>
    <message>
        <source>Back to edit</source>
        <extracomment>Button that goes back to the payment form, keeping what was typed.
----------
Button that goes back to the payment form; a new code will be needed.</extracomment>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>Approve with your code</source>
        <extracomment>Heading of the page where the one-time code is typed.</extracomment>
        <translation>用验证码授权</translation>
    </message>
    <message>
        <source>One-time code</source>
        <extracomment>Label of the one-time code field.</extracomment>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <source>6 digits. You can paste it; spaces are fine.</source>
        <extracomment>Hint under the one-time code field.</extracomment>
        <translation>6 位数字。可以粘贴，可以带空格。</translation>
    </message>
    <message>
        <source>Approve and pay</source>
        <extracomment>Button that checks the code and sends the payment.</extracomment>
        <translation>授权并付款</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <extracomment>Button that asks the bank for a new one-time code.</extracomment>
        <translation>重新发送验证码</translation>
    </message>
    <message>
        <source>Payment status</source>
        <extracomment>Heading of the page that follows a sent payment.</extracomment>
        <translation>付款状态</translation>
    </message>
    <message>
        <source>Send it again</source>
        <extracomment>Button that sends a payment again after it certainly did not reach the bank.</extracomment>
        <translation>再次发送</translation>
    </message>
    <message>
        <source>Make another payment</source>
        <extracomment>Button that starts a new payment after this one ended.</extracomment>
        <translation>再转一笔</translation>
    </message>
    <message>
        <source>Go to accounts</source>
        <extracomment>Button that opens the accounts screen.</extracomment>
        <translation>前往账户</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Review page: the payment is made at once.</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Review page: the payment has no reference.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>No fee</source>
        <extracomment>Review page: the bank charges no fee for this payment.</extracomment>
        <translation>免费</translation>
    </message>
    <message>
        <source>To: {payee}
Account ending: {last4}
Amount: {amount}
From: {source}
Date: {when}
Reference: {reference}
Fee: {fee}</source>
        <extracomment>Review summary shown before approving; each {…} is filled in; keep one item per line.</extracomment>
        <translation>收款人：{payee}
账户尾号：{last4}
金额：{amount}
付款账户：{source}
日期：{when}
附言：{reference}
手续费：{fee}</translation>
    </message>
    <message>
        <source>Amount in capitals: {capitals}</source>
        <extracomment>Review page, Chinese only: the amount in financial capitals (大写), e.g. 人民币叁仟贰佰元伍角.</extracomment>
        <translation>大写金额：{capitals}</translation>
    </message>
    <message>
        <source>Check this payment. Pay {amount} to {payee}, account ending {last4}, from {source}. Date: {when}. Reference: {reference}. Fee: {fee}. Confirm to get a one-time code.</source>
        <extracomment>Review summary read aloud before approving; the amount is in words.</extracomment>
        <translation>请核对这笔付款。从{source}向{payee}（账户尾号 {last4}）支付 {amount}。日期：{when}。附言：{reference}。手续费：{fee}。确认后将获取一次性验证码。</translation>
    </message>
    <message>
        <source>Sending the payment…</source>
        <extracomment>Status while the payment is on its way to the bank.</extracomment>
        <translation>正在发送付款…</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>{section} is not available in this version yet.</source>
        <extracomment>Shown in a section whose screen is not part of this build yet; {section} is its name.</extracomment>
        <translation>{section}在此版本中尚不可用。</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <source>Products</source>
        <extracomment>Heading of the products screen.
----------
Window title part for the products screen.</extracomment>
        <translation>产品</translation>
    </message>
    <message>
        <source>The product behind each of your accounts and its terms. This page only shows information.</source>
        <extracomment>Introduction on the products screen.</extracomment>
        <translation>您每个账户对应的产品及其条款。本页仅显示信息。</translation>
    </message>
    <message>
        <source>Your products</source>
        <extracomment>Label of the text that lists the products of each account.</extracomment>
        <translation>我的产品</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button that loads the products again.</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Loading your products.</source>
        <extracomment>Shown and spoken while the products are loading.</extracomment>
        <translation>正在加载您的产品。</translation>
    </message>
    <message>
        <source>Products of 1 account shown.</source>
        <extracomment>Shown and spoken when the products of the customer&apos;s only account are shown.</extracomment>
        <translation>已显示 1 个账户的产品。</translation>
    </message>
    <message numerus="yes">
        <source>Products of %n accounts shown.</source>
        <extracomment>Shown and spoken when the products are shown; %n is the number of accounts.</extracomment>
        <translation>
            <numerusform>已显示 %n 个账户的产品。</numerusform>
        </translation>
    </message>
    <message>
        <source>No products to show yet.</source>
        <extracomment>Shown in the products text before anything is loaded.</extracomment>
        <translation>暂无可显示的产品。</translation>
    </message>
    <message>
        <source>Product</source>
        <extracomment>Products text when the bank names no product for an account. Products text: label of the product&apos;s name.</extracomment>
        <translation>产品</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Products text: label of the product&apos;s type (for example personal current account).</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Terms</source>
        <extracomment>Products text: label of the product&apos;s terms (rate, term, how to take money out).</extracomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>Product reference</source>
        <extracomment>Products text: label of the bank&apos;s reference for the product.</extracomment>
        <translation>产品编号</translation>
    </message>
    <message>
        <source>Personal current account</source>
        <extracomment>OB product type PersonalCurrentAccount, in words.</extracomment>
        <translation>个人活期账户</translation>
    </message>
    <message>
        <source>Business current account</source>
        <extracomment>OB product type BusinessCurrentAccount, in words.</extracomment>
        <translation>对公活期账户</translation>
    </message>
    <message>
        <source>Savings account</source>
        <extracomment>OB product type SavingsAccount, in words.</extracomment>
        <translation>储蓄账户</translation>
    </message>
    <message>
        <source>Commercial credit card</source>
        <extracomment>OB product type CommercialCreditCard, in words.</extracomment>
        <translation>商务信用卡</translation>
    </message>
    <message>
        <source>Loan</source>
        <extracomment>OB product type Loan, in words.</extracomment>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <extracomment>OB product type Mortgage, in words.</extracomment>
        <translation>住房贷款</translation>
    </message>
    <message>
        <source>Other product</source>
        <extracomment>OB product type Other (a product the bank describes itself), in words.</extracomment>
        <translation>其他产品</translation>
    </message>
</context>
<context>
    <name>ProfileControls</name>
    <message>
        <source>Follow the system</source>
        <extracomment>Theme choice: follow the operating system&apos;s light or dark colours.</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Theme choice: the normal light colours.</extracomment>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Theme choice: dark colours.</extracomment>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast dark</source>
        <extracomment>Theme choice: white on black, high contrast.</extracomment>
        <translation>高对比度深色</translation>
    </message>
    <message>
        <source>High contrast light</source>
        <extracomment>Theme choice: black on white, high contrast.</extracomment>
        <translation>高对比度浅色</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <extracomment>Theme choice: yellow text on black.</extracomment>
        <translation>黑底黄字</translation>
    </message>
    <message>
        <source>No headphones are connected. The voice and sounds stay silent until you plug them in.</source>
        <extracomment>Announced when the voice may only use headphones and none are plugged in.</extracomment>
        <translation>没有连接耳机。插上耳机之前，语音和提示音都不会播放。</translation>
    </message>
    <message>
        <source>Colours</source>
        <extracomment>Label of the colour theme choice.</extracomment>
        <translation>颜色</translation>
    </message>
    <message>
        <source>How much the voice says</source>
        <extracomment>Label of the verbosity choice (how much the app&apos;s voice says about each control).</extracomment>
        <translation>语音播报的详细程度</translation>
    </message>
    <message>
        <source>Everything (beginner)</source>
        <extracomment>Verbosity choice: name, type, value, shortcut and hint of each control.</extracomment>
        <translation>全部播报（新手）</translation>
    </message>
    <message>
        <source>Short (expert)</source>
        <extracomment>Verbosity choice: name and value only.</extracomment>
        <translation>简短播报（熟练用户）</translation>
    </message>
    <message>
        <source>Say typed characters</source>
        <extracomment>Check box: the voice says each typed character (never in password or code fields).</extracomment>
        <translation>朗读输入的字符</translation>
    </message>
    <message>
        <source>Password and code fields only ever say star.</source>
        <extracomment>Description of the typed-echo check box: secrets are never spoken.</extracomment>
        <translation>密码和验证码输入框只会读作“星号”。</translation>
    </message>
    <message>
        <source>Low-vision font</source>
        <extracomment>Check box: use Atkinson Hyperlegible, a font made for low vision (Chinese keeps the system font).</extracomment>
        <translation>低视力字体</translation>
    </message>
    <message>
        <source>Atkinson Hyperlegible: letters and digits that are hard to confuse.</source>
        <extracomment>Description of the low-vision font check box.</extracomment>
        <translation>Atkinson Hyperlegible 字体：字母和数字不易混淆。</translation>
    </message>
    <message>
        <source>Line spacing (percent)</source>
        <extracomment>Label of the line spacing control, in percent of the normal spacing (100 to 200).</extracomment>
        <translation>行距（百分比）</translation>
    </message>
    <message>
        <source>For statements, product sheets and chat.</source>
        <extracomment>Hint under the line spacing control.</extracomment>
        <translation>用于对账单、产品说明和客服聊天。</translation>
    </message>
    <message>
        <source>Sounds for success and errors</source>
        <extracomment>Check box: short sounds for success, warning and error (each also shown as a mark).</extracomment>
        <translation>成功和出错时播放提示音</translation>
    </message>
    <message>
        <source>The status line also shows ✓, ⚠ or ✗ with each sound.</source>
        <extracomment>Description of the sounds check box: the status line always shows a mark with each sound.</extracomment>
        <translation>每次提示音时，状态栏也会显示 ✓、⚠ 或 ✗。</translation>
    </message>
    <message>
        <source>Headphones only</source>
        <extracomment>Check box: the voice and the sounds play only through headphones (privacy in public places).</extracomment>
        <translation>仅用耳机播放</translation>
    </message>
    <message>
        <source>The voice and sounds stay silent without headphones.</source>
        <extracomment>Description of the headphones-only check box.</extracomment>
        <translation>没有耳机时，语音和提示音保持静音。</translation>
    </message>
    <message>
        <source>Voice pitch</source>
        <extracomment>Label of the voice pitch control (0 to 99, 50 is normal).</extracomment>
        <translation>语音音调</translation>
    </message>
    <message>
        <source>Voice volume (percent)</source>
        <extracomment>Label of the voice volume control, in percent.</extracomment>
        <translation>语音音量（百分比）</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <extracomment>Label of the time limit choice (auto-lock when idle).</extracomment>
        <translation>闲置时锁定</translation>
    </message>
    <message>
        <source>Off means no time limit. A warning comes first; F5 gives more time.</source>
        <extracomment>Hint under the time limit choice.</extracomment>
        <translation>“关闭”表示不限时。锁定前会先提醒；按 F5 可延长时间。</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Time limit choice: never lock.</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>After {minutes} minutes</source>
        <extracomment>Time limit choice; {minutes} is a number like 5 or 50.</extracomment>
        <translation>{minutes} 分钟后</translation>
    </message>
    <message>
        <source>Export profile</source>
        <extracomment>Button that saves the accessibility profile to a file (to take to another computer).</extracomment>
        <translation>导出档案</translation>
    </message>
    <message>
        <source>Import profile</source>
        <extracomment>Button that reads an accessibility profile file.</extracomment>
        <translation>导入档案</translation>
    </message>
    <message>
        <source>Colours: {theme}.</source>
        <extracomment>Announced after the colour theme changed; {theme} is its name.</extracomment>
        <translation>颜色：{theme}。</translation>
    </message>
    <message>
        <source>Lock when idle: {choice}.</source>
        <extracomment>Announced after the idle time limit changed; {choice} is &quot;Off&quot; or &quot;After 10 minutes&quot;.</extracomment>
        <translation>闲置时锁定：{choice}。</translation>
    </message>
    <message>
        <source>The profile could not be saved there.</source>
        <extracomment>Announced when the profile file could not be written.</extracomment>
        <translation>无法将档案保存到该位置。</translation>
    </message>
    <message>
        <source>Profile saved as {name}.</source>
        <extracomment>Announced after the profile was exported; {name} is the file name.</extracomment>
        <translation>档案已保存为 {name}。</translation>
    </message>
    <message>
        <source>That file is not an accessibility profile.</source>
        <extracomment>Announced when the chosen file is not a readable accessibility profile.</extracomment>
        <translation>该文件不是无障碍服务档案。</translation>
    </message>
    <message>
        <source>Profile imported and applied.</source>
        <extracomment>Announced after a profile was imported and applied.</extracomment>
        <translation>档案已导入并生效。</translation>
    </message>
</context>
<context>
    <name>QuickMenu</name>
    <message>
        <source>Quick menu: {entries}.</source>
        <extracomment>The quick menu read aloud; {entries} is like &quot;1, Pay electricity bill; 2, Send 200 yuan to Mum&quot;.</extracomment>
        <translation>快捷菜单：{entries}。</translation>
    </message>
    <message>
        <source>Getting your quick menu action ready</source>
        <extracomment>Progress announced while a quick menu action checks its payee, biller or account.</extracomment>
        <translation>正在准备您的快捷菜单操作</translation>
    </message>
    <message>
        <source>Reading the balance</source>
        <extracomment>Progress announced while a quick menu action reads an account&apos;s balance.</extracomment>
        <translation>正在读取余额</translation>
    </message>
    <message>
        <source>{name}: the bank did not give a balance.</source>
        <extracomment>Said when the bank gave no balance for an account; {name} e.g. &quot;Savings account&quot;.</extracomment>
        <translation>{name}：银行没有提供余额。</translation>
    </message>
    <message>
        <source>{name}, ending {last4}: balance {amount}.</source>
        <extracomment>A balance read by a quick menu action; {name} e.g. &quot;Savings account&quot;, {amount} in words.</extracomment>
        <translation>{name}，尾号 {last4}：余额 {amount}。</translation>
    </message>
    <message>
        <source>Pay a bill</source>
        <extracomment>Kind of quick menu action: pay a utility bill.</extracomment>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Send money to a saved payee</source>
        <extracomment>Kind of quick menu action: send money to a saved payee.</extracomment>
        <translation>转账给已保存的收款人</translation>
    </message>
    <message>
        <source>Read the balance of an account</source>
        <extracomment>Kind of quick menu action: say the balance of an account.</extracomment>
        <translation>朗读账户余额</translation>
    </message>
    <message>
        <source>Open a screen</source>
        <extracomment>Kind of quick menu action: open one of the app&apos;s screens.</extracomment>
        <translation>打开页面</translation>
    </message>
    <message>
        <source>What the action does</source>
        <extracomment>Label of the list of kinds of quick menu action.</extracomment>
        <translation>操作类型</translation>
    </message>
    <message>
        <source>Your number on the bill</source>
        <extracomment>Label of the bill number field of a quick menu action.</extracomment>
        <translation>账单上的户号</translation>
    </message>
    <message>
        <source>As printed on your bill.</source>
        <extracomment>Hint under the bill number field of a quick menu action.</extracomment>
        <translation>与账单上印的一致。</translation>
    </message>
    <message>
        <source>Screen to open</source>
        <extracomment>Label of the list of screens a quick menu action can open.</extracomment>
        <translation>要打开的页面</translation>
    </message>
    <message>
        <source>Name of the action</source>
        <extracomment>Label of the name field of a quick menu action.</extracomment>
        <translation>操作名称</translation>
    </message>
    <message>
        <source>What you will hear for it, for example Send 200 yuan to Mum.</source>
        <extracomment>Hint under the name field of a quick menu action.</extracomment>
        <translation>朗读时您会听到的名称，例如“给妈妈转 200 元”。</translation>
    </message>
    <message>
        <source>Payee</source>
        <extracomment>Label of the list of saved payees in the quick menu editor.</extracomment>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Biller</source>
        <extracomment>Label of the list of billers in the quick menu editor.</extracomment>
        <translation>缴费单位</translation>
    </message>
    <message>
        <source>Save action</source>
        <extracomment>Button that saves the quick menu action being edited.</extracomment>
        <translation>保存操作</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that closes the quick menu editor without saving.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>{category}: {name}</source>
        <extracomment>A biller in the quick menu editor; {category} e.g. Electricity, {name} the company.</extracomment>
        <translation>{category}：{name}</translation>
    </message>
    <message>
        <source>Pay from account</source>
        <extracomment>Label of the account list of a quick menu payment.</extracomment>
        <translation>付款账户</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Label of the account list of a quick menu action that reads a balance.</extracomment>
        <translation>账户</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <extracomment>Label of the amount of a quick menu payment; {currency} is the paying account&apos;s currency.</extracomment>
        <translation>金额（{currency}）</translation>
    </message>
    <message>
        <source>Checked again on the review page before anything is sent.</source>
        <extracomment>Hint under the amount of a quick menu payment.</extracomment>
        <translation>付款前会在核对页面再次确认。</translation>
    </message>
    <message>
        <source>Pay {category} bill</source>
        <extracomment>Suggested name of a quick bill payment; {category} e.g. Electricity.</extracomment>
        <translation>缴纳{category}</translation>
    </message>
    <message>
        <source>Read balance of {account}</source>
        <extracomment>Suggested name of a quick action that reads a balance; {account} e.g. &quot;Savings account&quot;.</extracomment>
        <translation>朗读{account}余额</translation>
    </message>
    <message>
        <source>Open {screen}</source>
        <extracomment>Suggested name of a quick action that opens a screen; {screen} e.g. &quot;History&quot;.</extracomment>
        <translation>打开{screen}</translation>
    </message>
    <message>
        <source>Send money to {payee}</source>
        <extracomment>Suggested name of a quick payment before its amount is typed; {payee} the payee&apos;s name.</extracomment>
        <translation>转账给{payee}</translation>
    </message>
    <message>
        <source>Send {amount} to {payee}</source>
        <extracomment>Suggested name of a quick payment; {amount} e.g. &quot;¥20.00&quot;, {payee} the payee&apos;s name.</extracomment>
        <translation>给{payee}转账 {amount}</translation>
    </message>
    <message>
        <source>Your own shortcuts. Alt+1 to Alt+9 run the actions below from any screen, and Alt+0 reads this list aloud. A payment always stops at the review page, so you check it and confirm it with your code.</source>
        <extracomment>Introduction on the quick menu screen.</extracomment>
        <translation>您自己的快捷键。在任何页面按 Alt+1 到 Alt+9 运行下面的操作，按 Alt+0 朗读这个列表。付款总会停在核对页面，由您核对后用验证码确认。</translation>
    </message>
    <message>
        <source>Your quick menu</source>
        <extracomment>Label of the list of the nine quick menu entries.</extracomment>
        <translation>您的快捷菜单</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>Button that runs the selected quick menu action (same as its Alt+number key).</extracomment>
        <translation>运行</translation>
    </message>
    <message>
        <source>Add or edit</source>
        <extracomment>Button that edits the selected quick menu entry (or sets up an empty one).</extracomment>
        <translation>添加或修改</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button that removes the selected quick menu action.</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>Button that moves the selected quick menu action one place up (to the key before).</extracomment>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>Button that moves the selected quick menu action one place down (to the key after).</extracomment>
        <translation>下移</translation>
    </message>
    <message>
        <source>Read the menu aloud</source>
        <extracomment>Button that reads the whole quick menu aloud (same as Alt+0).</extracomment>
        <translation>朗读菜单</translation>
    </message>
    <message>
        <source>Quick menu</source>
        <extracomment>Title of the quick menu screen.</extracomment>
        <translation>快捷菜单</translation>
    </message>
    <message>
        <source>Loading your accounts, payees and billers</source>
        <extracomment>Progress announced while the quick menu screen loads accounts, payees and billers.</extracomment>
        <translation>正在加载您的账户、收款人和缴费单位</translation>
    </message>
    <message>
        <source>{key}: empty</source>
        <extracomment>An empty quick menu entry; {key} is its key, e.g. Alt+4.</extracomment>
        <translation>{key}：空</translation>
    </message>
    <message>
        <source>{key}: {label} (cannot run: edit or remove it)</source>
        <extracomment>A quick menu entry whose payee, biller or account is gone; {key} e.g. Alt+1, {label} its name.</extracomment>
        <translation>{key}：{label}（无法运行：请修改或删除）</translation>
    </message>
    <message>
        <source>{key}: {label}</source>
        <extracomment>A quick menu entry; {key} is its key (Alt+1), {label} the name the customer gave it.</extracomment>
        <translation>{key}：{label}</translation>
    </message>
    <message>
        <source>Removed {label}. The actions after it moved up one key.</source>
        <extracomment>Said after a quick menu action was removed; {label} is its name.</extracomment>
        <translation>已删除 {label}。后面的操作各上移一个键。</translation>
    </message>
    <message>
        <source>{label} is now on {key}.</source>
        <extracomment>Said after a quick menu action moved; {label} its name, {key} its new key (Alt+2).</extracomment>
        <translation>{label} 现在在 {key} 上。</translation>
    </message>
    <message>
        <source>Action on {key}</source>
        <extracomment>Title of the quick menu editor; {key} is the key the action will run on, e.g. Alt+2.</extracomment>
        <translation>{key} 上的操作</translation>
    </message>
    <message>
        <source>Saved. {key} now runs {label}.</source>
        <extracomment>Said after a quick menu action was saved; {label} its name, {key} its key (Alt+1).</extracomment>
        <translation>已保存。{key} 现在运行 {label}。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <extracomment>Said when the quick menu editor is closed without saving.</extracomment>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Sign in</source>
        <extracomment>Name of the sign-in page (window title while signed out).</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <source>Accounts</source>
        <extracomment>Navigation entry: the list of the customer&apos;s accounts and balances.</extracomment>
        <translation>账户</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Navigation entry: transaction history of an account.</extracomment>
        <translation>交易明细</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Navigation entry: send money to a payee or between own accounts.</extracomment>
        <translation>转账</translation>
    </message>
    <message>
        <source>Pay bills</source>
        <extracomment>Navigation entry: pay a utility bill (electricity, water, gas, ...).</extracomment>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Payees</source>
        <extracomment>Navigation entry: saved people and companies to pay.</extracomment>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Products</source>
        <extracomment>Navigation entry: the bank&apos;s products on each account (rates, fees).</extracomment>
        <translation>产品</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>Navigation entry: text chat with the bank&apos;s support (an assistant, then a person).</extracomment>
        <translation>客服</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation entry: text size, voice and contrast preferences.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Navigation entry: keyboard shortcuts and how to use the app.</extracomment>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Wealth</source>
        <extracomment>Section: wealth products (questionnaire, buy, sell, holdings).</extracomment>
        <translation>理财</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>Section: cards (freeze, unfreeze, activate, report lost, limits, credit card repayment).</extracomment>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Security</source>
        <extracomment>Section: password, code channels and the accessibility profile.</extracomment>
        <translation>安全</translation>
    </message>
    <message>
        <source>Quick menu</source>
        <extracomment>Section: the customer&apos;s own quick menu (Alt+1 … Alt+9): list, add, edit, order, run.</extracomment>
        <translation>快捷菜单</translation>
    </message>
    <message>
        <source>Enrol</source>
        <extracomment>Page: enrol in online banking (before sign-in, from the sign-in page).</extracomment>
        <translation>开通</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <extracomment>Page: the accessibility statement and feedback form (from Help).</extracomment>
        <translation>无障碍</translation>
    </message>
</context>
<context>
    <name>SecurityScreen</name>
    <message>
        <source>Security and accessibility profile</source>
        <extracomment>Heading of the security screen.</extracomment>
        <translation>安全与无障碍服务档案</translation>
    </message>
    <message>
        <source>Accessibility profile</source>
        <extracomment>Group title of the accessibility profile.</extracomment>
        <translation>无障碍服务档案</translation>
    </message>
    <message>
        <source>Keep a profile</source>
        <extracomment>Check box that keeps an accessibility profile (optional; it can be changed at any time).</extracomment>
        <translation>保留档案</translation>
    </message>
    <message>
        <source>Optional. You can change or remove it at any time.</source>
        <extracomment>Description of the accessibility profile check box.</extracomment>
        <translation>可选。您可以随时修改或删除。</translation>
    </message>
    <message>
        <source>Save accessibility profile</source>
        <extracomment>Button that saves the accessibility profile (no code needed).</extracomment>
        <translation>保存无障碍服务档案</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password.</extracomment>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <extracomment>Button that reviews the password change.</extracomment>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Send my codes by</source>
        <extracomment>Group title of the code channels.</extracomment>
        <translation>验证码接收方式</translation>
    </message>
    <message>
        <source>Change code channels</source>
        <extracomment>Button that reviews the code channel change.</extracomment>
        <translation>修改验证码接收方式</translation>
    </message>
    <message>
        <source>Confirm</source>
        <extracomment>Title of the confirmation panel.</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <source>Send this code by</source>
        <extracomment>Label of where this code goes.</extracomment>
        <translation>本次验证码发送方式</translation>
    </message>
    <message>
        <source>Send code</source>
        <extracomment>Button that sends the code.</extracomment>
        <translation>发送验证码</translation>
    </message>
    <message>
        <source>One-time code</source>
        <extracomment>Label of the code field.</extracomment>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <source>Confirm change</source>
        <extracomment>Button that confirms the change.</extracomment>
        <translation>确认修改</translation>
    </message>
    <message>
        <source>Security</source>
        <extracomment>Window title part for the security screen.</extracomment>
        <translation>安全</translation>
    </message>
    <message>
        <source>Loading your security settings.</source>
        <extracomment>Shown and spoken while the profile loads.</extracomment>
        <translation>正在加载您的安全设置。</translation>
    </message>
    <message>
        <source>Codes are sent by: {channels}. Accessibility profile: {profile}.</source>
        <extracomment>Summary; {channels} the code channels, {profile} whether an accessibility profile is kept.</extracomment>
        <translation>验证码发送方式：{channels}。无障碍服务档案：{profile}。</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>Accessibility profile state in the summary: kept.</extracomment>
        <translation>已开启</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>Accessibility profile state in the summary: not kept.</extracomment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Saving.</source>
        <extracomment>Shown and spoken while the profile is saved.</extracomment>
        <translation>正在保存。</translation>
    </message>
    <message>
        <source>Saved. {summary}</source>
        <extracomment>Spoken after saving the accessibility profile.</extracomment>
        <translation>已保存。{summary}</translation>
    </message>
    <message>
        <source>Preparing.</source>
        <extracomment>Shown and spoken while the change is prepared.</extracomment>
        <translation>正在准备。</translation>
    </message>
    <message>
        <source>Send a one-time code to confirm the change. Your other sessions will be signed out.</source>
        <extracomment>Spoken when a change awaits its code.</extracomment>
        <translation>请发送一次性验证码确认修改。您在其他设备上的登录将被退出。</translation>
    </message>
    <message>
        <source>Sending a one-time code.</source>
        <extracomment>Shown and spoken while the one-time code for a security change is being sent.</extracomment>
        <translation>正在发送一次性验证码。</translation>
    </message>
    <message>
        <source>Confirming.</source>
        <extracomment>Shown and spoken while the security change is confirmed with the code.</extracomment>
        <translation>正在确认。</translation>
    </message>
    <message numerus="yes">
        <source>Changed. %n other session(s) signed out.</source>
        <extracomment>Spoken after a change; %n is how many other sessions were signed out.</extracomment>
        <translation>
            <numerusform>已修改。已退出 %n 个其他登录会话。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfVoice</name>
    <message>
        <source>check box</source>
        <extracomment>Spoken role name of a control (self-voicing): check box.</extracomment>
        <translation>复选框</translation>
    </message>
    <message>
        <source>radio button</source>
        <extracomment>Spoken role name of a control (self-voicing): radio button.</extracomment>
        <translation>单选按钮</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>Spoken role name of a control (self-voicing): button.</extracomment>
        <translation>按钮</translation>
    </message>
    <message>
        <source>combo box</source>
        <extracomment>Spoken role name of a control (self-voicing): combo box.</extracomment>
        <translation>下拉列表</translation>
    </message>
    <message>
        <source>spin box</source>
        <extracomment>Spoken role name of a control (self-voicing): spin box.</extracomment>
        <translation>数值框</translation>
    </message>
    <message>
        <source>password field</source>
        <extracomment>Spoken role name of a control (self-voicing): password field.</extracomment>
        <translation>密码输入框</translation>
    </message>
    <message>
        <source>edit field</source>
        <extracomment>Spoken role name of a control (self-voicing): edit field.</extracomment>
        <translation>输入框</translation>
    </message>
    <message>
        <source>text area</source>
        <extracomment>Spoken role name of a control (self-voicing): text area.</extracomment>
        <translation>文本区域</translation>
    </message>
    <message>
        <source>list</source>
        <extracomment>Spoken role name of a control (self-voicing): list.</extracomment>
        <translation>列表</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>Spoken role name of a control (self-voicing): text.</extracomment>
        <translation>文本</translation>
    </message>
    <message>
        <source>{count} characters entered</source>
        <extracomment>Spoken value of a password or code field: how many characters, never which.</extracomment>
        <translation>已输入 {count} 个字符</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>Spoken value of an empty field (self-voicing).</extracomment>
        <translation>空</translation>
    </message>
    <message>
        <source>checked</source>
        <extracomment>Spoken state of a ticked check box (self-voicing).</extracomment>
        <translation>已选中</translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Spoken state of an unticked check box (self-voicing).</extracomment>
        <translation>未选中</translation>
    </message>
    <message>
        <source>shortcut {keys}</source>
        <extracomment>Spoken after a control&apos;s name: its keyboard shortcut, e.g. &quot;shortcut Alt+1&quot;.</extracomment>
        <translation>快捷键 {keys}</translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>Spoken when a character is deleted with Backspace.</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>star</source>
        <extracomment>Spoken for each key typed into a password or code field, instead of the character.</extracomment>
        <translation>星号</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>Spoken name of a typed key (self-voicing echo): space.</extracomment>
        <translation>空格</translation>
    </message>
    <message>
        <source>Screen: {title}.</source>
        <extracomment>Answer to &quot;where am I&quot;: the screen&apos;s title, then the focused control.</extracomment>
        <translation>页面：{title}。</translation>
    </message>
    <message>
        <source>No row has focus.</source>
        <extracomment>Said by &quot;read this row&quot; when the focus is not in a list or table.</extracomment>
        <translation>没有选中任何行。</translation>
    </message>
</context>
<context>
    <name>SessionTimer</name>
    <message>
        <source>More time given. Take as long as you need.</source>
        <extracomment>Said when the user asked for more time before the session locks.</extracomment>
        <translation>已延长时间，请慢慢来。</translation>
    </message>
    <message>
        <source>The app locks in {seconds} seconds. Press {key} or any key for more time.</source>
        <extracomment>Warning before auto-lock; {seconds} is a number, {key} the &quot;more time&quot; key (F5).</extracomment>
        <translation>应用将在 {seconds} 秒后锁定。按 {key} 或任意键可延长时间。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <extracomment>Title of the settings screen.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Text size (percent)</source>
        <extracomment>Label of the text size control; the value is a percentage from 100 to 400.</extracomment>
        <translation>文字大小（百分比）</translation>
    </message>
    <message>
        <source>From 100 to 400. Ctrl+Plus and Ctrl+Minus also change it.</source>
        <extracomment>Hint under the text size control.</extracomment>
        <translation>100 到 400。也可以用 Ctrl+加号 和 Ctrl+减号 调整。</translation>
    </message>
    <message>
        <source>Voice</source>
        <extracomment>Check box that turns the app&apos;s own voice on or off (short: it cannot wrap at large text).</extracomment>
        <translation>语音</translation>
    </message>
    <message>
        <source>The app reads its messages aloud with its own voice, besides any screen reader.</source>
        <extracomment>Description of the Voice check box.</extracomment>
        <translation>除屏幕阅读器外，本应用还会用自己的语音朗读消息。</translation>
    </message>
    <message>
        <source>Speaking rate (words per minute)</source>
        <extracomment>Label of the speaking rate control, in words per minute.</extracomment>
        <translation>语速（每分钟字数）</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Check box for the black, white and yellow high-contrast colours (short: it cannot wrap).</extracomment>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Label of the language choice.</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>The whole app changes language at once.</source>
        <extracomment>Hint under the language choice.</extracomment>
        <translation>整个应用会立即切换语言。</translation>
    </message>
    <message>
        <source>Language: {language}.</source>
        <extracomment>Announced (in the new language) after the language changed; {language} is its name.</extracomment>
        <translation>语言：{language}。</translation>
    </message>
    <message>
        <source>Voice on.</source>
        <extracomment>Announced when the app&apos;s own voice is turned on.</extracomment>
        <translation>语音已开启。</translation>
    </message>
    <message>
        <source>Voice off.</source>
        <extracomment>Announced when the app&apos;s own voice is turned off.</extracomment>
        <translation>语音已关闭。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Go to Accounts</source>
        <extracomment>Shortcut description: go to the Accounts section.</extracomment>
        <translation>前往“账户”</translation>
    </message>
    <message>
        <source>Go to History</source>
        <extracomment>Shortcut description: go to the History section.</extracomment>
        <translation>前往“交易明细”</translation>
    </message>
    <message>
        <source>Go to Transfer</source>
        <extracomment>Shortcut description: go to the Transfer section.</extracomment>
        <translation>前往“转账”</translation>
    </message>
    <message>
        <source>Go to Pay bills</source>
        <extracomment>Shortcut description: go to the Pay bills section.</extracomment>
        <translation>前往“缴费”</translation>
    </message>
    <message>
        <source>Go to Payees</source>
        <extracomment>Shortcut description: go to the Payees section.</extracomment>
        <translation>前往“收款人”</translation>
    </message>
    <message>
        <source>Go to Products</source>
        <extracomment>Shortcut description: go to the Products section.</extracomment>
        <translation>前往“产品”</translation>
    </message>
    <message>
        <source>Go to Support</source>
        <extracomment>Shortcut description: go to the Support section.</extracomment>
        <translation>前往“客服”</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <extracomment>Shortcut description: go to the Settings section.</extracomment>
        <translation>前往“设置”</translation>
    </message>
    <message>
        <source>Go to Help</source>
        <extracomment>Shortcut description: go to the Help section.</extracomment>
        <translation>前往“帮助”</translation>
    </message>
    <message>
        <source>Run quick menu action {number}</source>
        <extracomment>Shortcut description: run the customer&apos;s own quick menu action; {number} is 1 to 9.</extracomment>
        <translation>运行快捷菜单第 {number} 项</translation>
    </message>
    <message>
        <source>Read the quick menu aloud</source>
        <extracomment>Shortcut description: read the customer&apos;s quick menu aloud (its numbers and names).</extracomment>
        <translation>朗读快捷菜单</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <extracomment>Shortcut description: move to the list of sections (Accounts, History, ...) from any screen.</extracomment>
        <translation>前往栏目列表</translation>
    </message>
    <message>
        <source>Open help</source>
        <extracomment>Shortcut description: open the help screen.</extracomment>
        <translation>打开帮助</translation>
    </message>
    <message>
        <source>Go back to the previous screen</source>
        <extracomment>Shortcut description: go back to the previous screen.</extracomment>
        <translation>返回上一页</translation>
    </message>
    <message>
        <source>Repeat the last message</source>
        <extracomment>Shortcut description: say the last message again.</extracomment>
        <translation>重复上一条消息</translation>
    </message>
    <message>
        <source>Make text larger</source>
        <extracomment>Shortcut description: make all text larger.</extracomment>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <extracomment>Shortcut description: make all text smaller.</extracomment>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Reset text size</source>
        <extracomment>Shortcut description: set text back to normal size.</extracomment>
        <translation>恢复默认文字大小</translation>
    </message>
    <message>
        <source>Where am I: the screen and the field</source>
        <extracomment>Shortcut description: say which screen is showing and which control has focus.</extracomment>
        <translation>我在哪里：当前页面和输入框</translation>
    </message>
    <message>
        <source>Read this row</source>
        <extracomment>Shortcut description: read every column of the focused list or table row.</extracomment>
        <translation>朗读此行</translation>
    </message>
    <message>
        <source>Read the whole screen</source>
        <extracomment>Shortcut description: read everything on the current screen, top to bottom.</extracomment>
        <translation>朗读整个页面</translation>
    </message>
    <message>
        <source>More time before the app locks</source>
        <extracomment>Shortcut description: restart the idle time before the app locks.</extracomment>
        <translation>延长应用自动锁定前的时间</translation>
    </message>
    <message>
        <source>Screen curtain on or off</source>
        <extracomment>Shortcut description: blank the screen for privacy; speech and the screen reader go on.</extracomment>
        <translation>开启或关闭屏幕遮帘</translation>
    </message>
    <message>
        <source>Lock the app now</source>
        <extracomment>Shortcut description: lock the app at once (nothing of the accounts shows; the password unlocks it).</extracomment>
        <translation>立即锁定应用</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Shortcut description: quit the application (asks first while a payment is in progress).</extracomment>
        <translation>退出</translation>
    </message>
    <message>
        <source>Emergency: freeze a card, report it lost or ask for help</source>
        <extracomment>Shortcut description: open the emergency panel from any screen.</extracomment>
        <translation>紧急：冻结卡片、挂失或求助</translation>
    </message>
    <message>
        <source>On a branch terminal: call a member of staff</source>
        <extracomment>Shortcut description, on a branch terminal only: call a member of staff to come and help.</extracomment>
        <translation>在网点终端：呼叫工作人员</translation>
    </message>
    <message>
        <source>In the support chat: go to the newest message</source>
        <extracomment>Shortcut description, in the support chat only: move to the newest message.</extracomment>
        <translation>在客服聊天中：跳到最新消息</translation>
    </message>
    <message>
        <source>In the support chat: read the newest message</source>
        <extracomment>Shortcut description, in the support chat only: read the newest message aloud.</extracomment>
        <translation>在客服聊天中：朗读最新消息</translation>
    </message>
</context>
<context>
    <name>ShowSecretToggle</name>
    <message>
        <source>Show the code</source>
        <extracomment>Check box under a one-time-code field: shows the typed code instead of stars (off by default).</extracomment>
        <translation>显示验证码</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <extracomment>Heading of the sign-in screen.
----------
Button that signs in.
----------
Window title part for the sign-in screen.</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in with your user name and password. You can paste them or use a password manager. There is no time limit.</source>
        <extracomment>Introduction on the sign-in screen.</extracomment>
        <translation>请用用户名和密码登录。可以粘贴，也可以使用密码管理器。没有时间限制。</translation>
    </message>
    <message>
        <source>User name</source>
        <extracomment>Label of the user name field on the sign-in screen.</extracomment>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Label of the password field on the sign-in screen.</extracomment>
        <translation>密码</translation>
    </message>
    <message>
        <source>Show password</source>
        <extracomment>Check box that shows the typed password as plain text.</extracomment>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Send my one-time codes for payments by</source>
        <extracomment>Label of the choice of how one-time codes for payments are sent.</extracomment>
        <translation>付款一次性验证码的接收方式</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <extracomment>Hint under the one-time code channel choice.</extracomment>
        <translation>以后可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <extracomment>One-time code channel: a text message to the customer&apos;s phone.</extracomment>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>One-time code channel: an e-mail.</extracomment>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Voice call</source>
        <extracomment>One-time code channel: an automated phone call that reads the code aloud.</extracomment>
        <translation>语音电话</translation>
    </message>
    <message>
        <source>Hardware token</source>
        <extracomment>One-time code channel: the customer&apos;s hardware security token shows the code.</extracomment>
        <translation>硬件令牌</translation>
    </message>
    <message>
        <source>New to online banking? Enrol</source>
        <extracomment>Button on the sign-in page for customers who have no online banking yet: opens enrolment.</extracomment>
        <translation>首次使用网上银行？立即开通</translation>
    </message>
    <message>
        <source>Signing in, please wait.</source>
        <extracomment>Spoken and shown while the sign-in request is under way.</extracomment>
        <translation>正在登录，请稍候。</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <source>Row {number}</source>
        <extracomment>Accessible name of a transaction row&apos;s (hidden) row header; {number} counts from 1.</extracomment>
        <translation>第 {number} 行</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column header of the transaction history: the booking date.</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>Column header of the transaction history: who was paid or who paid.</extracomment>
        <translation>描述</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column header of the transaction history: the amount of the transaction.</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>In or out</source>
        <extracomment>Column header of the transaction history: money in or money out.</extracomment>
        <translation>收支</translation>
    </message>
    <message>
        <source>Balance after</source>
        <extracomment>Column header of the transaction history: the account balance after the transaction.</extracomment>
        <translation>交易后余额</translation>
    </message>
    <message>
        <source>In</source>
        <extracomment>Transaction history cell: money came into the account.</extracomment>
        <translation>收入</translation>
    </message>
    <message>
        <source>Out</source>
        <extracomment>Transaction history cell: money went out of the account.</extracomment>
        <translation>支出</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Qt date format for dates read aloud in the history (&quot;12 March 2026&quot;); reorder for your language.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>no balance given</source>
        <extracomment>History cell read by a screen reader when the bank gave no balance after this transaction (a pending transaction, or a bank that does not send it); the visible cell is empty.</extracomment>
        <translation>未提供余额</translation>
    </message>
    <message>
        <source>balance {balance}</source>
        <extracomment>History cell read by a screen reader: the balance after the transaction, in words.</extracomment>
        <translation>余额 {balance}</translation>
    </message>
    <message>
        <source>{date}, {description}, {amount} in</source>
        <extracomment>Whole history row read aloud: date, description, amount, money in.</extracomment>
        <translation>{date}，{description}，收入 {amount}</translation>
    </message>
    <message>
        <source>{date}, {description}, {amount} out</source>
        <extracomment>Whole history row read aloud: date, description, amount, money out.</extracomment>
        <translation>{date}，{description}，支出 {amount}</translation>
    </message>
    <message>
        <source>{date}, {description}, {amount} in, balance {balance}</source>
        <extracomment>Whole history row read aloud: date, description, amount in, balance after it.</extracomment>
        <translation>{date}，{description}，收入 {amount}，余额 {balance}</translation>
    </message>
    <message>
        <source>{date}, {description}, {amount} out, balance {balance}</source>
        <extracomment>Whole history row read aloud: date, description, amount out, balance after it.</extracomment>
        <translation>{date}，{description}，支出 {amount}，余额 {balance}</translation>
    </message>
</context>
<context>
    <name>TransferScreen</name>
    <message>
        <source>{name}, ending {last4}, {currency}</source>
        <extracomment>One of the customer&apos;s accounts in a list; {name} nickname, {last4} last 4 digits, {currency} code.</extracomment>
        <translation>{name}，尾号 {last4}，{currency}</translation>
    </message>
    <message>
        <source>Transfer money</source>
        <extracomment>Heading of the transfer screen.</extracomment>
        <translation>转账汇款</translation>
    </message>
    <message>
        <source>From and to</source>
        <extracomment>Title of the group: which account pays and who receives.</extracomment>
        <translation>付款账户和收款人</translation>
    </message>
    <message>
        <source>From account</source>
        <extracomment>Label of the list of the customer&apos;s own accounts to pay from.</extracomment>
        <translation>付款账户</translation>
    </message>
    <message>
        <source>Pay to</source>
        <extracomment>Label of the list of payees (saved ones, or a new one).</extracomment>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Payment details</source>
        <extracomment>Title of the group with amount, reference and date.</extracomment>
        <translation>付款信息</translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <extracomment>Label of the payment reference field.</extracomment>
        <translation>附言（可选）</translation>
    </message>
    <message>
        <source>What the payee sees, up to 35 characters.</source>
        <extracomment>Hint under the reference field.</extracomment>
        <translation>收款人看到的附言，最多 35 个字符。</translation>
    </message>
    <message>
        <source>Payment date (optional)</source>
        <extracomment>Label of the payment date field.</extracomment>
        <translation>付款日期（可选）</translation>
    </message>
    <message>
        <source>Leave empty to pay today, or type a later date as year-month-day, for example 2026-12-31.</source>
        <extracomment>Hint under the payment date field.</extracomment>
        <translation>留空表示今天付款；也可按“年-月-日”格式输入以后的日期，例如 2026-12-31。</translation>
    </message>
    <message>
        <source>Review payment</source>
        <extracomment>Button that shows the payment for checking before anything is sent.</extracomment>
        <translation>核对付款</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Window title part for the transfer screen.</extracomment>
        <translation>转账</translation>
    </message>
    <message>
        <source>Loading your accounts and payees</source>
        <extracomment>Progress announced while the transfer screen loads accounts and payees.</extracomment>
        <translation>正在加载您的账户和收款人</translation>
    </message>
    <message>
        <source>Ready. Choose the account to pay from.</source>
        <extracomment>Shown and spoken when the transfer form is ready.</extracomment>
        <translation>已就绪。请选择付款账户。</translation>
    </message>
    <message>
        <source>A new payee</source>
        <extracomment>Last entry of the payee list: type the details of someone not saved yet.</extracomment>
        <translation>新收款人</translation>
    </message>
    <message>
        <source>Checking the payee&apos;s name with the bank</source>
        <extracomment>Progress announced while the bank saves a new payee and checks the name.</extracomment>
        <translation>正在向银行核验收款人户名</translation>
    </message>
    <message>
        <source>This is your first payment to this payee. Check their details carefully.</source>
        <extracomment>Warning on the review page: the first payment to a payee that was just added.</extracomment>
        <translation>这是您第一次向该收款人付款，请仔细核对对方信息。</translation>
    </message>
    <message>
        <source>This is a large payment: more than {threshold}. Make sure the amount is right.</source>
        <extracomment>Warning on the review page for a large amount; {threshold} is e.g. &quot;¥5,000.00&quot;.</extracomment>
        <translation>这是一笔大额付款：超过 {threshold}。请确认金额无误。</translation>
    </message>
</context>
<context>
    <name>WealthScreen</name>
    <message>
        <source>Wealth products</source>
        <extracomment>Heading of the wealth screen.
----------
Window title part for the wealth screen.</extracomment>
        <translation>理财产品</translation>
    </message>
    <message>
        <source>Take the risk questionnaire</source>
        <extracomment>Button that opens the risk questionnaire.</extracomment>
        <translation>进行风险测评</translation>
    </message>
    <message>
        <source>Products</source>
        <extracomment>Label of the list of wealth products.</extracomment>
        <translation>产品</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a product; its sheet is read below.</source>
        <extracomment>Hint under the product list.</extracomment>
        <translation>用方向键选择产品，下方会朗读产品说明书。</translation>
    </message>
    <message>
        <source>Product sheet</source>
        <extracomment>Label of the product sheet text.</extracomment>
        <translation>产品说明书</translation>
    </message>
    <message>
        <source>Account to pay from or into</source>
        <extracomment>Label of the account money is paid from or into.</extracomment>
        <translation>付款或收款账户</translation>
    </message>
    <message>
        <source>Amount to invest, in yuan</source>
        <extracomment>Label of the amount to invest.</extracomment>
        <translation>投资金额（元）</translation>
    </message>
    <message>
        <source>Review purchase</source>
        <extracomment>Button that asks the bank for the purchase&apos;s figures before confirming.</extracomment>
        <translation>核对购买</translation>
    </message>
    <message>
        <source>Your holdings</source>
        <extracomment>Label of the list of what the customer holds.</extracomment>
        <translation>我的持仓</translation>
    </message>
    <message>
        <source>Units to sell</source>
        <extracomment>Label of the number of units to sell.</extracomment>
        <translation>卖出份额</translation>
    </message>
    <message>
        <source>Up to 4 decimal places. Choosing a holding fills in all its units.</source>
        <extracomment>Hint under the units to sell.</extracomment>
        <translation>最多 4 位小数。选择一项持仓会自动填入全部份额。</translation>
    </message>
    <message>
        <source>Review sale</source>
        <extracomment>Button that asks the bank for the sale&apos;s figures before confirming.</extracomment>
        <translation>核对卖出</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button that loads the wealth page again.</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Send answers</source>
        <extracomment>Button that sends the questionnaire&apos;s answers.</extracomment>
        <translation>提交答案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that leaves the questionnaire without sending it.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check your order</source>
        <extracomment>Label of the order&apos;s figures on the review page.</extracomment>
        <translation>核对您的订单</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <extracomment>Button that confirms the order with the code.</extracomment>
        <translation>确认订单</translation>
    </message>
    <message>
        <source>Back to wealth products</source>
        <extracomment>Button that goes back to the wealth overview.</extracomment>
        <translation>返回理财产品</translation>
    </message>
    <message>
        <source>Loading your wealth products.</source>
        <extracomment>Shown and spoken while the wealth page loads.</extracomment>
        <translation>正在加载理财产品。</translation>
    </message>
    <message>
        <source>Wealth products loaded. {level}</source>
        <extracomment>Spoken when the wealth page is loaded; {level} is the sentence about the risk level.</extracomment>
        <translation>理财产品已加载。{level}</translation>
    </message>
    <message>
        <source>This product is above your risk level and cannot be sold to you.</source>
        <extracomment>The bank refused: the product is above the customer&apos;s risk level and not sold to them.</extracomment>
        <translation>该产品高于您的风险等级，不能向您销售。</translation>
    </message>
    <message>
        <source>This product is above your risk level. Tick the box to accept the higher risk.</source>
        <extracomment>The bank wants the explicit acknowledgement of the higher risk.</extracomment>
        <translation>该产品高于您的风险等级。勾选此框表示接受更高的风险。</translation>
    </message>
    <message>
        <source>Take the risk questionnaire first; yours is missing or has expired.</source>
        <extracomment>The bank refused: the questionnaire is missing or expired.</extracomment>
        <translation>请先进行风险测评；您的测评结果缺失或已过期。</translation>
    </message>
    <message>
        <source>The amount is below this product&apos;s minimum.</source>
        <extracomment>The bank refused: below the product&apos;s minimum.</extracomment>
        <translation>金额低于该产品的起购金额。</translation>
    </message>
    <message>
        <source>You hold fewer units than that.</source>
        <extracomment>The bank refused: more units than the customer holds.</extracomment>
        <translation>您持有的份额不足。</translation>
    </message>
    <message>
        <source>Your risk level is not loaded yet.</source>
        <extracomment>Risk level text before anything is loaded.</extracomment>
        <translation>您的风险等级尚未加载。</translation>
    </message>
    <message>
        <source>You have not taken the risk questionnaire. Take it before buying a product.</source>
        <extracomment>Risk level text when the questionnaire was never taken.</extracomment>
        <translation>您尚未进行风险测评，购买产品前请先完成测评。</translation>
    </message>
    <message>
        <source>Your risk questionnaire expired on {date}. Take it again before buying.</source>
        <extracomment>Risk level text when the questionnaire has expired; {date} is when it expired.</extracomment>
        <translation>您的风险测评已于 {date} 过期，购买前请重新测评。</translation>
    </message>
    <message>
        <source>Your risk level is {level}, on a scale from C1 (lowest) to C5. Valid until {date}.</source>
        <extracomment>Risk level text; {level} is C1 (lowest) to C5 (highest), {date} when it must be renewed.</extracomment>
        <translation>您的风险等级为 {level}（从 C1 最低到 C5）。有效期至 {date}。</translation>
    </message>
    <message>
        <source>You hold no wealth products.</source>
        <extracomment>Holdings list when the customer holds no wealth product.</extracomment>
        <translation>您没有持有理财产品。</translation>
    </message>
    <message>
        <source>, not available at your risk level</source>
        <extracomment>After a product in the list when its risk is above the customer&apos;s level and it is not sold.</extracomment>
        <translation>，超出您的风险等级，不可购买</translation>
    </message>
    <message>
        <source>{name}, risk {risk}, from {minimum}{note}</source>
        <extracomment>A product in the list; {name}, {risk} R1-R5, {minimum} the smallest purchase, {note} a remark.</extracomment>
        <translation>{name}，风险等级 {risk}，{minimum} 起购{note}</translation>
    </message>
    <message>
        <source>{name}: {units} units, worth {value}, gain {gain}</source>
        <extracomment>A holding; {units} units held, {value} what they are worth today, {gain} value minus cost.</extracomment>
        <translation>{name}：{units} 份，市值 {value}，收益 {gain}</translation>
    </message>
    <message>
        <source>I understand that this product&apos;s risk {risk} is above my risk level {level}, and I accept it.</source>
        <extracomment>Check box to accept a product above one&apos;s level; {risk} R1-R5, {level} C1-C5.</extracomment>
        <translation>我了解该产品的风险等级 {risk} 高于我的风险等级 {level}，并愿意承担该风险。</translation>
    </message>
    <message>
        <source>Risk level</source>
        <extracomment>Product sheet: label of the risk level.</extracomment>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <extracomment>Product sheet: label of the smallest purchase.</extracomment>
        <translation>起购金额</translation>
    </message>
    <message>
        <source>Fees</source>
        <extracomment>Product sheet: label of the fees; {buy}, {sell}, {yearly} are percentages.</extracomment>
        <translation>费用</translation>
    </message>
    <message>
        <source>{buy} percent to buy, {sell} percent to sell, {yearly} percent a year</source>
        <extracomment>Product sheet: the fees; {buy}, {sell}, {yearly} are percentages.</extracomment>
        <translation>买入费率 {buy}%，卖出费率 {sell}%，年费率 {yearly}%</translation>
    </message>
    <message>
        <source>Terms</source>
        <extracomment>Product sheet: label of the terms.</extracomment>
        <translation>条款</translation>
    </message>
    <message>
        <source>Price of one unit today</source>
        <extracomment>Product sheet: label of today&apos;s price of one unit.</extracomment>
        <translation>今日单位净值</translation>
    </message>
    <message>
        <source>Loading the questionnaire.</source>
        <extracomment>Shown and spoken while the questionnaire loads.</extracomment>
        <translation>正在加载问卷。</translation>
    </message>
    <message>
        <source>Question {number} of {count}: {text}</source>
        <extracomment>A question&apos;s title; {number} its position, {count} how many, {text} the question.</extracomment>
        <translation>第 {number} 题，共 {count} 题：{text}</translation>
    </message>
    <message>
        <source>{count} questions about how much risk you can take. Use the arrow keys to choose an answer and Tab to go to the next question. The result is valid for {days} days.</source>
        <extracomment>Introduction of the questionnaire; {count} questions, {days} how long the result is valid.</extracomment>
        <translation>共 {count} 道题，评估您能承受多大的风险。用方向键选择答案，按 Tab 进入下一题。测评结果有效期为 {days} 天。</translation>
    </message>
    <message>
        <source>Please answer: {title}</source>
        <extracomment>Spoken when a question is unanswered; {title} is the question.</extracomment>
        <translation>请回答：{title}</translation>
    </message>
    <message>
        <source>Sending your answers.</source>
        <extracomment>Shown and spoken while the answers are sent.</extracomment>
        <translation>正在提交您的答案。</translation>
    </message>
    <message>
        <source>Your answers are saved. {level}</source>
        <extracomment>Spoken after the questionnaire is stored; {level} is the sentence about the new level.</extracomment>
        <translation>您的答案已保存。{level}</translation>
    </message>
    <message>
        <source>Tick the box to accept the higher risk, or choose another product.</source>
        <extracomment>Spoken when the acknowledgement box must be ticked first.</extracomment>
        <translation>请勾选此框接受更高风险，或选择其他产品。</translation>
    </message>
    <message>
        <source>Choose a holding to sell first.</source>
        <extracomment>Spoken when &quot;Review sale&quot; is pressed with no holding chosen.</extracomment>
        <translation>请先选择要卖出的持仓。</translation>
    </message>
    <message>
        <source>Asking the bank for the figures.</source>
        <extracomment>Shown and spoken while the bank works out the order&apos;s figures.</extracomment>
        <translation>正在向银行获取金额。</translation>
    </message>
    <message>
        <source>Buy {product} for {amount}, fee {fee} included, about {units} units.</source>
        <extracomment>Review of a purchase; {amount} paid, {fee} included fee, {units} about how many units.</extracomment>
        <translation>购买{product}，金额 {amount}（含手续费 {fee}），约 {units} 份。</translation>
    </message>
    <message>
        <source>Sell {units} units of {product} for about {amount}, less a fee of {fee}.</source>
        <extracomment>Review of a sale; {amount} before the fee, {fee} the fee, {units} units sold.</extracomment>
        <translation>卖出{product} {units} 份，约 {amount}，另扣手续费 {fee}。</translation>
    </message>
    <message>
        <source>You accepted that this product is above your risk level.</source>
        <extracomment>Added to a review when the customer accepted a product above their level.</extracomment>
        <translation>您已确认接受该产品高于您的风险等级。</translation>
    </message>
    <message>
        <source>Check your order: {review} Then send the code.</source>
        <extracomment>Spoken when the review is ready; {review} is the order in words.</extracomment>
        <translation>请核对您的订单：{review} 然后发送验证码。</translation>
    </message>
    <message>
        <source>Sending a one-time code.</source>
        <extracomment>Shown and spoken while the one-time code is being sent.</extracomment>
        <translation>正在发送一次性验证码。</translation>
    </message>
    <message>
        <source>Confirming your order.</source>
        <extracomment>Shown and spoken while the order is confirmed and placed.</extracomment>
        <translation>正在确认您的订单。</translation>
    </message>
    <message>
        <source>Done. You bought {units} units of {product} for {amount}.</source>
        <extracomment>Result of a purchase; {units} bought, {product}, {amount} paid.</extracomment>
        <translation>已完成。您以 {amount} 购买了{product} {units} 份。</translation>
    </message>
    <message>
        <source>Done. You sold {units} units of {product} for {amount} before the fee.</source>
        <extracomment>Result of a sale; {units} sold, {product}, {amount} before the fee.</extracomment>
        <translation>已完成。您卖出了{product} {units} 份，扣除手续费前金额为 {amount}。</translation>
    </message>
</context>
</TS>
