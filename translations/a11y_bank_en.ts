<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessibilityNeeds</name>
    <message>
        <source>I use a screen reader</source>
        <extracomment>Accessibility need: uses a screen reader.</extracomment>
        <translation>I use a screen reader</translation>
    </message>
    <message>
        <source>I need large text</source>
        <extracomment>Accessibility need: large text.</extracomment>
        <translation>I need large text</translation>
    </message>
    <message>
        <source>I need high contrast</source>
        <extracomment>Accessibility need: high contrast.</extracomment>
        <translation>I need high contrast</translation>
    </message>
    <message>
        <source>I use only a keyboard</source>
        <extracomment>Accessibility need: keyboard only.</extracomment>
        <translation>I use only a keyboard</translation>
    </message>
    <message>
        <source>I need more time for each step</source>
        <extracomment>Accessibility need: more time.</extracomment>
        <translation>I need more time for each step</translation>
    </message>
    <message>
        <source>I prefer plain language</source>
        <extracomment>Accessibility need: plain language.</extracomment>
        <translation>I prefer plain language</translation>
    </message>
</context>
<context>
    <name>AccessibilityScreen</name>
    <message>
        <source>Accessibility</source>
        <extracomment>Title of the screen with the accessibility statement and the feedback form (Help -&gt; Accessibility).</extracomment>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <extracomment>Label of the read-only text with the app&apos;s accessibility statement.</extracomment>
        <translation>Accessibility statement</translation>
    </message>
    <message>
        <source>Your feedback on accessibility</source>
        <extracomment>Label of the box where the customer writes feedback about accessibility.</extracomment>
        <translation>Your feedback on accessibility</translation>
    </message>
    <message>
        <source>What was hard to use, and with which screen reader or setting? It goes to the bank&apos;s support.</source>
        <extracomment>Hint under the accessibility feedback box.</extracomment>
        <translation>What was hard to use, and with which screen reader or setting? It goes to the bank&apos;s support.</translation>
    </message>
    <message>
        <source>Send feedback</source>
        <extracomment>Button that sends the accessibility feedback to the bank through the support chat.</extracomment>
        <translation>Send feedback</translation>
    </message>
    <message>
        <source>The accessibility statement is missing from this installation.</source>
        <extracomment>Shown instead of the accessibility statement when the installed app lacks its file.</extracomment>
        <translation>The accessibility statement is missing from this installation.</translation>
    </message>
    <message>
        <source>Accessibility feedback: {feedback}</source>
        <extracomment>The support chat message made from accessibility feedback; {feedback} is what the customer wrote.</extracomment>
        <translation>Accessibility feedback: {feedback}</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Current account</source>
        <extracomment>Kind of account: a current (checking) account.</extracomment>
        <translation>Current account</translation>
    </message>
    <message>
        <source>Savings account</source>
        <extracomment>Kind of account: a savings account.</extracomment>
        <translation>Savings account</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Kind of account we have no word for.</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <source>{nickname} ({kind})</source>
        <extracomment>An account&apos;s name: {nickname} the customer&apos;s name for it, {kind} e.g. &quot;Current account&quot;.</extracomment>
        <translation>{nickname} ({kind})</translation>
    </message>
    <message>
        <source>{name} {masked}</source>
        <extracomment>An account in a picker; {name} e.g. &quot;Current account&quot;, {masked} e.g. &quot;•••• 4321&quot;.</extracomment>
        <translation>{name} {masked}</translation>
    </message>
    <message>
        <source>{name} {masked}, balance not available</source>
        <extracomment>Account list row when the balance is unknown; {name} the account, {masked} its last digits.</extracomment>
        <translation>{name} {masked}, balance not available</translation>
    </message>
    <message>
        <source>{name} {masked}: {balance}</source>
        <extracomment>Account list row; {name} the account, {masked} &quot;•••• 4321&quot;, {balance} the formatted balance.</extracomment>
        <translation>{name} {masked}: {balance}</translation>
    </message>
    <message>
        <source>{name} ending {last4}, balance not available</source>
        <extracomment>Account list row read aloud when the balance is unknown; {last4} the last four digits.</extracomment>
        <translation>{name} ending {last4}, balance not available</translation>
    </message>
    <message>
        <source>{name} ending {last4}, balance {balance}</source>
        <extracomment>Account list row read aloud; {last4} the account&apos;s last four digits, {balance} in words.</extracomment>
        <translation>{name} ending {last4}, balance {balance}</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>Accounts</source>
        <extracomment>Heading of the accounts screen.
----------
Window title part for the accounts screen.</extracomment>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <extracomment>Label of the list of the customer&apos;s accounts.</extracomment>
        <translation>Your accounts</translation>
    </message>
    <message>
        <source>Press Enter to see the account&apos;s transactions.</source>
        <extracomment>Hint read with the accounts list: what Enter does.</extracomment>
        <translation>Press Enter to see the account&apos;s transactions.</translation>
    </message>
    <message>
        <source>Totals</source>
        <extracomment>Title of the box that shows the total balance per currency.</extracomment>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Show transactions</source>
        <extracomment>Button that opens the transaction history of the selected account.</extracomment>
        <translation>Show transactions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button that loads the accounts and balances again.</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading your accounts.</source>
        <extracomment>Shown and spoken while accounts and balances are being loaded.</extracomment>
        <translation>Loading your accounts.</translation>
    </message>
    <message>
        <source>You have no accounts.</source>
        <extracomment>Spoken and shown when the customer has no accounts.</extracomment>
        <translation>You have no accounts.</translation>
    </message>
    <message>
        <source>1 account loaded.</source>
        <extracomment>Spoken and shown after the accounts loaded, when there is exactly one account.</extracomment>
        <translation>1 account loaded.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts loaded.</source>
        <extracomment>Spoken and shown after the accounts loaded; %n is how many accounts there are.</extracomment>
        <translation>
            <numerusform>%n account loaded.</numerusform>
            <numerusform>%n accounts loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>No balances yet.</source>
        <extracomment>Shown in the totals box before any balance is known.</extracomment>
        <translation>No balances yet.</translation>
    </message>
    <message>
        <source>{currency}: {amount}</source>
        <extracomment>One line of the totals box; {currency} the ISO code, {amount} the formatted total.</extracomment>
        <translation>{currency}: {amount}</translation>
    </message>
    <message>
        <source>Total: {totals}.</source>
        <extracomment>Spoken after the accounts loaded; {totals} lists the total per currency in words.</extracomment>
        <translation>Total: {totals}.</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <extracomment>Spoken when &quot;Show transactions&quot; is pressed but no account is selected.</extracomment>
        <translation>Choose an account first.</translation>
    </message>
</context>
<context>
    <name>Billers</name>
    <message>
        <source>Electricity</source>
        <extracomment>Biller category: electricity.</extracomment>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>Biller category: water.</extracomment>
        <translation>Water</translation>
    </message>
    <message>
        <source>Gas</source>
        <extracomment>Biller category: gas.</extracomment>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Mobile</source>
        <extracomment>Biller category: mobile phone.</extracomment>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Broadband</source>
        <extracomment>Biller category: broadband internet.</extracomment>
        <translation>Broadband</translation>
    </message>
</context>
<context>
    <name>BillsScreen</name>
    <message>
        <source>{category}: {name}</source>
        <extracomment>A company that sends bills, in a list; {category} e.g. Electricity, {name} the company.</extracomment>
        <translation>{category}: {name}</translation>
    </message>
    <message>
        <source>{amount} to {payee} on {when}, reference {reference}</source>
        <extracomment>An upcoming scheduled payment; {amount}, {payee}, {when} a date, {reference} its reference.</extracomment>
        <translation>{amount} to {payee} on {when}, reference {reference}</translation>
    </message>
    <message>
        <source>{amount} to {payee} on {when}</source>
        <extracomment>An upcoming scheduled payment without reference; {amount}, {payee}, {when} a date.</extracomment>
        <translation>{amount} to {payee} on {when}</translation>
    </message>
    <message>
        <source>Pay bills</source>
        <extracomment>Heading of the pay bills screen.
----------
Window title part for the pay bills screen.</extracomment>
        <translation>Pay bills</translation>
    </message>
    <message>
        <source>Pay a bill</source>
        <extracomment>Title of the group of fields for one bill.</extracomment>
        <translation>Pay a bill</translation>
    </message>
    <message>
        <source>Biller</source>
        <extracomment>Label of the list of companies that send bills.</extracomment>
        <translation>Biller</translation>
    </message>
    <message>
        <source>From account</source>
        <extracomment>Label of the list of the customer&apos;s own accounts to pay from.</extracomment>
        <translation>From account</translation>
    </message>
    <message>
        <source>Payment date (optional)</source>
        <extracomment>Label of the payment date field.</extracomment>
        <translation>Payment date (optional)</translation>
    </message>
    <message>
        <source>Leave empty to pay today, or type a later date as year-month-day, for example 2026-12-31.</source>
        <extracomment>Hint under the payment date field of a bill.</extracomment>
        <translation>Leave empty to pay today, or type a later date as year-month-day, for example 2026-12-31.</translation>
    </message>
    <message>
        <source>Review payment</source>
        <extracomment>Button that shows the bill payment for checking before anything is sent.</extracomment>
        <translation>Review payment</translation>
    </message>
    <message>
        <source>Upcoming scheduled payments</source>
        <extracomment>Title of the group listing payments booked for a later date.</extracomment>
        <translation>Upcoming scheduled payments</translation>
    </message>
    <message>
        <source>Scheduled payments</source>
        <extracomment>Label of the list of upcoming scheduled payments.</extracomment>
        <translation>Scheduled payments</translation>
    </message>
    <message>
        <source>Cancel scheduled payment</source>
        <extracomment>Button that cancels the selected scheduled payment (asks first).
----------
Title of the dialog that asks before cancelling a scheduled payment.</extracomment>
        <translation>Cancel scheduled payment</translation>
    </message>
    <message>
        <source>Loading billers and scheduled payments</source>
        <extracomment>Progress announced while billers, accounts and scheduled payments load.</extracomment>
        <translation>Loading billers and scheduled payments</translation>
    </message>
    <message>
        <source>No payments are scheduled.</source>
        <extracomment>Shown and spoken when no payment is scheduled.</extracomment>
        <translation>No payments are scheduled.</translation>
    </message>
    <message>
        <source>1 payment is scheduled.</source>
        <extracomment>Shown and spoken when exactly one payment is scheduled.</extracomment>
        <translation>1 payment is scheduled.</translation>
    </message>
    <message numerus="yes">
        <source>%n payments are scheduled.</source>
        <extracomment>Shown and spoken after loading; %n is how many payments are scheduled.</extracomment>
        <translation>
            <numerusform>%n payment is scheduled.</numerusform>
            <numerusform>%n payments are scheduled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bill account number</source>
        <extracomment>Label of the bill reference field when the biller does not name it.</extracomment>
        <translation>Bill account number</translation>
    </message>
    <message>
        <source>As printed on your bill.</source>
        <extracomment>Hint under the bill reference field.</extracomment>
        <translation>As printed on your bill.</translation>
    </message>
    <message>
        <source>This is a large payment: more than {threshold}. Make sure the amount is right.</source>
        <extracomment>Warning on the review page for a large bill payment; {threshold} e.g. &quot;¥5,000.00&quot;.</extracomment>
        <translation>This is a large payment: more than {threshold}. Make sure the amount is right.</translation>
    </message>
    <message>
        <source>Cancel this payment: {payment}? It will not be paid.</source>
        <extracomment>Question before cancelling a scheduled payment; {payment} describes it (amount, payee, date).</extracomment>
        <translation>Cancel this payment: {payment}? It will not be paid.</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <extracomment>Button that confirms cancelling the scheduled payment.</extracomment>
        <translation>Cancel the payment</translation>
    </message>
    <message>
        <source>The payment to {payee} is still scheduled.</source>
        <extracomment>Spoken when the customer decides not to cancel a scheduled payment; {payee} is who gets it.</extracomment>
        <translation>The payment to {payee} is still scheduled.</translation>
    </message>
    <message>
        <source>Cancelling the scheduled payment</source>
        <extracomment>Progress announced while a scheduled payment is being cancelled.</extracomment>
        <translation>Cancelling the scheduled payment</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Cards</source>
        <extracomment>Heading of the cards screen.
----------
Window title part for the cards screen.</extracomment>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Your cards</source>
        <extracomment>Label of the list of cards.</extracomment>
        <translation>Your cards</translation>
    </message>
    <message>
        <source>Only the last four digits of each card are shown.</source>
        <extracomment>Hint under the card list.</extracomment>
        <translation>Only the last four digits of each card are shown.</translation>
    </message>
    <message>
        <source>Freeze card now</source>
        <extracomment>Button that freezes the chosen card at once.</extracomment>
        <translation>Freeze card now</translation>
    </message>
    <message>
        <source>Unfreeze card</source>
        <extracomment>Button that unfreezes the chosen card (needs a one-time code).</extracomment>
        <translation>Unfreeze card</translation>
    </message>
    <message>
        <source>Activate card</source>
        <extracomment>Button that activates a new card.</extracomment>
        <translation>Activate card</translation>
    </message>
    <message>
        <source>Report lost and order a new card</source>
        <extracomment>Button that reports the card lost and orders a replacement.</extracomment>
        <translation>Report lost and order a new card</translation>
    </message>
    <message>
        <source>Report stolen and order a new card</source>
        <extracomment>Button that reports the card stolen and orders a replacement.</extracomment>
        <translation>Report stolen and order a new card</translation>
    </message>
    <message>
        <source>Daily purchase limit, in yuan</source>
        <extracomment>Label of the daily purchase limit field.</extracomment>
        <translation>Daily purchase limit, in yuan</translation>
    </message>
    <message>
        <source>Allow online payments</source>
        <extracomment>Check box that allows online payments with the card.</extracomment>
        <translation>Allow online payments</translation>
    </message>
    <message>
        <source>Review new limits</source>
        <extracomment>Button that reviews the new limits.</extracomment>
        <translation>Review new limits</translation>
    </message>
    <message>
        <source>Confirm with a one-time code</source>
        <extracomment>Title of the confirmation panel.</extracomment>
        <translation>Confirm with a one-time code</translation>
    </message>
    <message>
        <source>Confirm</source>
        <extracomment>Button that confirms the card action with the code.</extracomment>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that abandons the card action.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Credit card statement</source>
        <extracomment>Label of the credit card statement text.</extracomment>
        <translation>Credit card statement</translation>
    </message>
    <message>
        <source>How much to repay</source>
        <extracomment>Label of how much to repay.</extracomment>
        <translation>How much to repay</translation>
    </message>
    <message>
        <source>Chosen amount, in yuan</source>
        <extracomment>Label of the chosen repayment amount.</extracomment>
        <translation>Chosen amount, in yuan</translation>
    </message>
    <message>
        <source>Only used when you choose an amount.</source>
        <extracomment>Hint under the chosen amount.</extracomment>
        <translation>Only used when you choose an amount.</translation>
    </message>
    <message>
        <source>Repay from</source>
        <extracomment>Label of the account a repayment is paid from.</extracomment>
        <translation>Repay from</translation>
    </message>
    <message>
        <source>Review repayment</source>
        <extracomment>Button that reviews the repayment.</extracomment>
        <translation>Review repayment</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button that loads the cards again.</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Everything owed</source>
        <extracomment>Repayment option: everything owed.</extracomment>
        <translation>Everything owed</translation>
    </message>
    <message>
        <source>The minimum payment</source>
        <extracomment>Repayment option: the minimum payment.</extracomment>
        <translation>The minimum payment</translation>
    </message>
    <message>
        <source>An amount I choose</source>
        <extracomment>Repayment option: an amount the customer types.</extracomment>
        <translation>An amount I choose</translation>
    </message>
    <message>
        <source>Nothing is due, or the amount is more than you owe.</source>
        <extracomment>The bank refused a repayment: nothing is due, or more than is owed.</extracomment>
        <translation>Nothing is due, or the amount is more than you owe.</translation>
    </message>
    <message>
        <source>This card cannot do that in its current state.</source>
        <extracomment>The bank refused: the card&apos;s state does not allow this (for example it is blocked).</extracomment>
        <translation>This card cannot do that in its current state.</translation>
    </message>
    <message>
        <source>Loading your cards.</source>
        <extracomment>Shown and spoken while the cards load.</extracomment>
        <translation>Loading your cards.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) shown.</source>
        <extracomment>Spoken when the cards are loaded; %n is how many.</extracomment>
        <translation>
            <numerusform>%n card shown.</numerusform>
            <numerusform>%n card(s) shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>not activated yet</source>
        <extracomment>Card status: not yet activated.</extracomment>
        <translation>not activated yet</translation>
    </message>
    <message>
        <source>active</source>
        <extracomment>Card status: working.</extracomment>
        <translation>active</translation>
    </message>
    <message>
        <source>frozen</source>
        <extracomment>Card status: frozen by the customer.</extracomment>
        <translation>frozen</translation>
    </message>
    <message>
        <source>blocked</source>
        <extracomment>Card status: blocked after a loss or theft report.</extracomment>
        <translation>blocked</translation>
    </message>
    <message>
        <source>{name} ending {last4}, {status}, expires {expiry}</source>
        <extracomment>A card in the list; {name}, {last4} the last four digits, {status}, {expiry} year-month.</extracomment>
        <translation>{name} ending {last4}, {status}, expires {expiry}</translation>
    </message>
    <message>
        <source>{line}. Daily purchase limit {purchase}. Online payments: {online}.</source>
        <extracomment>Details of the chosen card; {line} the card, {purchase} the daily purchase limit, {online} yes/no.</extracomment>
        <translation>{line}. Daily purchase limit {purchase}. Online payments: {online}.</translation>
    </message>
    <message>
        <source>allowed</source>
        <extracomment>Online payments allowed (in the card details).</extracomment>
        <translation>allowed</translation>
    </message>
    <message>
        <source>not allowed</source>
        <extracomment>Online payments not allowed (in the card details).</extracomment>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>Only credit cards have a statement.</source>
        <extracomment>Statement text for a debit card.</extracomment>
        <translation>Only credit cards have a statement.</translation>
    </message>
    <message>
        <source>Statement of {date}: {closing}. You owe {current} now. Minimum payment due {minimum} by {due}.</source>
        <extracomment>The statement in sentences; amounts and dates filled in.</extracomment>
        <translation>Statement of {date}: {closing}. You owe {current} now. Minimum payment due {minimum} by {due}.</translation>
    </message>
    <message>
        <source>Freezing your card.</source>
        <extracomment>Shown and spoken while the card is frozen.</extracomment>
        <translation>Freezing your card.</translation>
    </message>
    <message>
        <source>Card ending {last4} is frozen. Nobody can use it until you unfreeze it.</source>
        <extracomment>Spoken when the card is frozen; {last4} its last digits.</extracomment>
        <translation>Card ending {last4} is frozen. Nobody can use it until you unfreeze it.</translation>
    </message>
    <message>
        <source>Preparing.</source>
        <extracomment>Shown and spoken while the bank prepares the action.</extracomment>
        <translation>Preparing.</translation>
    </message>
    <message>
        <source>Preparing the repayment.</source>
        <extracomment>Shown and spoken while the bank prepares the repayment.</extracomment>
        <translation>Preparing the repayment.</translation>
    </message>
    <message>
        <source>Repay {amount} to the credit card ending {last4}.</source>
        <extracomment>What a repayment will do; {amount} and the card&apos;s last digits.</extracomment>
        <translation>Repay {amount} to the credit card ending {last4}.</translation>
    </message>
    <message>
        <source>Unfreeze the card ending {last4}.</source>
        <extracomment>What unfreezing will do.</extracomment>
        <translation>Unfreeze the card ending {last4}.</translation>
    </message>
    <message>
        <source>Activate the card ending {last4}.</source>
        <extracomment>What activating will do.</extracomment>
        <translation>Activate the card ending {last4}.</translation>
    </message>
    <message>
        <source>Block the card ending {last4} as lost and send you a new card.</source>
        <extracomment>What reporting lost will do.</extracomment>
        <translation>Block the card ending {last4} as lost and send you a new card.</translation>
    </message>
    <message>
        <source>Block the card ending {last4} as stolen and send you a new card.</source>
        <extracomment>What reporting stolen will do.</extracomment>
        <translation>Block the card ending {last4} as stolen and send you a new card.</translation>
    </message>
    <message>
        <source>Change the limits of the card ending {last4}.</source>
        <extracomment>What setting limits will do.</extracomment>
        <translation>Change the limits of the card ending {last4}.</translation>
    </message>
    <message>
        <source>{review} Send a one-time code to confirm.</source>
        <extracomment>Spoken when an action awaits its code; {review} says what will happen.</extracomment>
        <translation>{review} Send a one-time code to confirm.</translation>
    </message>
    <message>
        <source>Sending a one-time code.</source>
        <extracomment>Shown and spoken while the code is sent.</extracomment>
        <translation>Sending a one-time code.</translation>
    </message>
    <message>
        <source>Confirming.</source>
        <extracomment>Shown and spoken while the action is confirmed.</extracomment>
        <translation>Confirming.</translation>
    </message>
    <message>
        <source>Repaid {amount}. You still owe {owed}.</source>
        <extracomment>Spoken after a repayment; {amount} repaid, {owed} still owed.</extracomment>
        <translation>Repaid {amount}. You still owe {owed}.</translation>
    </message>
    <message>
        <source>Done: {card}.</source>
        <extracomment>Spoken after a card action; {card} the card&apos;s new state.</extracomment>
        <translation>Done: {card}.</translation>
    </message>
    <message>
        <source>A new card is on its way; activate it here when it arrives.</source>
        <extracomment>Added when a replacement card is on its way.</extracomment>
        <translation>A new card is on its way; activate it here when it arrives.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <extracomment>Spoken when a card action is abandoned.</extracomment>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CarriedProfile</name>
    <message>
        <source>Your accessibility settings are applied.</source>
        <extracomment>Said once after sign-in when the customer&apos;s accessibility settings kept by the bank are in force.</extracomment>
        <translation>Your accessibility settings are applied.</translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <source>You</source>
        <extracomment>Who wrote a chat message: the customer themself.</extracomment>
        <translation>You</translation>
    </message>
    <message>
        <source>Support assistant</source>
        <extracomment>Who wrote a chat message: the bank&apos;s automatic support assistant.</extracomment>
        <translation>Support assistant</translation>
    </message>
    <message>
        <source>Bank staff {name}</source>
        <extracomment>Who wrote a chat message: a person at the bank; {name} is their chat user name.</extracomment>
        <translation>Bank staff {name}</translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>Status of a chat message of ours that is waiting to be delivered (e.g. offline).</extracomment>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Status of a chat message of ours that the bank has received.</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>Status of a chat message of ours that the bank refused (it will not be sent again).</extracomment>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Status of a chat message of ours that the bank has read.</extracomment>
        <translation>Read</translation>
    </message>
    <message>
        <source>Rated this chat {score} out of 10.</source>
        <extracomment>A rating the customer gave the chat; {score} is 1-10.</extracomment>
        <translation>Rated this chat {score} out of 10.</translation>
    </message>
</context>
<context>
    <name>ChatScreen</name>
    <message>
        <source>Support chat</source>
        <extracomment>Title of the support chat screen.</extracomment>
        <translation>Support chat</translation>
    </message>
    <message>
        <source>What is my balance?</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>What is my balance?</translation>
    </message>
    <message>
        <source>I lost my card.</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>I lost my card.</translation>
    </message>
    <message>
        <source>What are the fees?</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>What are the fees?</translation>
    </message>
    <message>
        <source>How do I transfer money?</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>How do I transfer money?</translation>
    </message>
    <message>
        <source>What are your opening hours?</source>
        <extracomment>Quick question button in the support chat; the text is sent as the message.</extracomment>
        <translation>What are your opening hours?</translation>
    </message>
    <message>
        <source>I want to talk to a person.</source>
        <extracomment>Quick question button in the support chat; asks for a person instead of the assistant.</extracomment>
        <translation>I want to talk to a person.</translation>
    </message>
    <message>
        <source>Messages</source>
        <extracomment>Label of the list of chat messages.</extracomment>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Up and Down move through the messages. {newest} goes to the newest, {read} reads it.</source>
        <extracomment>Hint read with the chat message list; {newest} and {read} are keys (F8, F9).</extracomment>
        <translation>Up and Down move through the messages. {newest} goes to the newest, {read} reads it.</translation>
    </message>
    <message>
        <source>Load earlier messages</source>
        <extracomment>Button that loads chat messages from before the ones shown.</extracomment>
        <translation>Load earlier messages</translation>
    </message>
    <message>
        <source>Your message</source>
        <extracomment>Label of the box where the customer writes a chat message.</extracomment>
        <translation>Your message</translation>
    </message>
    <message>
        <source>Enter sends. Shift+Enter starts a new line.</source>
        <extracomment>Hint of the chat message box: which keys send and make a new line.</extracomment>
        <translation>Enter sends. Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the chat message.</extracomment>
        <translation>Send</translation>
    </message>
    <message>
        <source>Quick questions</source>
        <extracomment>Title of the group of quick question buttons in the chat.</extracomment>
        <translation>Quick questions</translation>
    </message>
    <message>
        <source>Announce new messages</source>
        <extracomment>Label of the choice of when new chat messages are read out.</extracomment>
        <translation>Announce new messages</translation>
    </message>
    <message>
        <source>Always</source>
        <extracomment>Choice: announce every new chat message.</extracomment>
        <translation>Always</translation>
    </message>
    <message>
        <source>Only when I am not in the chat</source>
        <extracomment>Choice: announce new chat messages only when the chat is not on screen.</extracomment>
        <translation>Only when I am not in the chat</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Choice: never announce new chat messages.</extracomment>
        <translation>Never</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <extracomment>Button that copies the whole chat to the clipboard.</extracomment>
        <translation>Copy transcript</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <extracomment>Button that saves the whole chat as a text or web page file.
----------
Title of the dialog that saves the chat transcript.</extracomment>
        <translation>Save transcript</translation>
    </message>
    <message>
        <source>End of chat: rate us</source>
        <extracomment>Title of the box where the customer rates the chat at the end.</extracomment>
        <translation>End of chat: rate us</translation>
    </message>
    <message>
        <source>How satisfied are you, from 1 to 10?</source>
        <extracomment>Label of the chat rating choice (1 to 10).</extracomment>
        <translation>How satisfied are you, from 1 to 10?</translation>
    </message>
    <message>
        <source>Choose a rating</source>
        <extracomment>First entry of the rating choice: nothing chosen yet.</extracomment>
        <translation>Choose a rating</translation>
    </message>
    <message>
        <source>{score} out of 10</source>
        <extracomment>One entry of the chat rating choice; {score} is 1 to 10.</extracomment>
        <translation>{score} out of 10</translation>
    </message>
    <message>
        <source>Complaint (optional)</source>
        <extracomment>Label of the optional complaint box at the end of the chat.</extracomment>
        <translation>Complaint (optional)</translation>
    </message>
    <message>
        <source>Send rating</source>
        <extracomment>Button that sends the chat rating and complaint to the bank.</extracomment>
        <translation>Send rating</translation>
    </message>
    <message>
        <source>Your message box holds: {draft} Press Enter to send it.</source>
        <extracomment>Said when the chat opens with a message written for the customer; {draft} is that message.</extracomment>
        <translation>Your message box holds: {draft} Press Enter to send it.</translation>
    </message>
    <message>
        <source>Offline. What you write is kept and sent when the connection is back.</source>
        <extracomment>Chat status while the bank cannot be reached.</extracomment>
        <translation>Offline. What you write is kept and sent when the connection is back.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <extracomment>Chat status when connected.</extracomment>
        <translation>Connected.</translation>
    </message>
    <message>
        <source>Chat connected again.</source>
        <extracomment>Announced when the chat reconnects after being offline.</extracomment>
        <translation>Chat connected again.</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <extracomment>Chat status while connecting for the first time.</extracomment>
        <translation>Connecting...</translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s).</source>
        <extracomment>Added to the chat status: how many new messages were not read yet.</extracomment>
        <translation>
            <numerusform>%n unread message.</numerusform>
            <numerusform>%n unread message(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is typing...</source>
        <extracomment>Shown (and said once) while someone at the bank writes; {name} is who.</extracomment>
        <translation>{name} is typing...</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <extracomment>Said by &quot;read the newest message&quot; when the chat is still empty.</extracomment>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>Earlier messages loaded.</source>
        <extracomment>Said after earlier chat messages were loaded at the top of the list.</extracomment>
        <translation>Earlier messages loaded.</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <extracomment>Said when the customer presses Send with an empty message box.</extracomment>
        <translation>Write a message first.</translation>
    </message>
    <message>
        <source>The chat is not available. Sign in again.</source>
        <extracomment>Said when the chat could not start (e.g. signed out) and a message cannot be queued.</extracomment>
        <translation>The chat is not available. Sign in again.</translation>
    </message>
    <message>
        <source>Offline: your message will be sent when the connection is back.</source>
        <extracomment>Said after writing a message while offline.</extracomment>
        <translation>Offline: your message will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 10 first.</source>
        <extracomment>Said when Send rating is pressed before a rating was chosen.</extracomment>
        <translation>Choose a rating from 1 to 10 first.</translation>
    </message>
    <message>
        <source>Thank you. Your rating of {score} out of 10 is being sent to the bank.</source>
        <extracomment>Confirmation after sending the chat rating; the bank&apos;s reply with a reference follows in the list.</extracomment>
        <translation>Thank you. Your rating of {score} out of 10 is being sent to the bank.</translation>
    </message>
    <message>
        <source>Transcript copied.</source>
        <extracomment>Said after the chat transcript was copied to the clipboard.</extracomment>
        <translation>Transcript copied.</translation>
    </message>
    <message>
        <source>Text file (*.txt);;Web page (*.html)</source>
        <extracomment>File types offered when saving the chat transcript.</extracomment>
        <translation>Text file (*.txt);;Web page (*.html)</translation>
    </message>
    <message>
        <source>Could not save {name}.</source>
        <extracomment>Said when the transcript file could not be written; {name} is the file name.</extracomment>
        <translation>Could not save {name}.</translation>
    </message>
    <message>
        <source>Transcript saved as {name}.</source>
        <extracomment>Said after the chat transcript was saved; {name} is the file name.</extracomment>
        <translation>Transcript saved as {name}.</translation>
    </message>
</context>
<context>
    <name>CodeChannels</name>
    <message>
        <source>Text message (SMS)</source>
        <extracomment>Code channel: text message.</extracomment>
        <translation>Text message (SMS)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>Code channel: e-mail.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Voice message</source>
        <extracomment>Code channel: a recorded voice message.</extracomment>
        <translation>Voice message</translation>
    </message>
    <message>
        <source>Security token</source>
        <extracomment>Code channel: hardware security token.</extracomment>
        <translation>Security token</translation>
    </message>
</context>
<context>
    <name>CodeConfirmation</name>
    <message>
        <source>Send the code by</source>
        <extracomment>Label of the list that chooses how the one-time code is sent.</extracomment>
        <translation>Send the code by</translation>
    </message>
    <message>
        <source>Send code</source>
        <extracomment>Button that sends the one-time code.</extracomment>
        <translation>Send code</translation>
    </message>
    <message>
        <source>One-time code</source>
        <extracomment>Label of the one-time code field.</extracomment>
        <translation>One-time code</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Button of a confirmation dialog that abandons the action; the safe default.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EmergencyPanel</name>
    <message>
        <source>Emergency</source>
        <extracomment>Title of the emergency panel (F10).</extracomment>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Freeze a card: choose it and press Enter</source>
        <extracomment>Label of the emergency panel&apos;s card list; Enter freezes the chosen card at once.</extracomment>
        <translation>Freeze a card: choose it and press Enter</translation>
    </message>
    <message>
        <source>Report a card lost or stolen</source>
        <extracomment>Button in the emergency panel: go to Cards to report a card lost or stolen (needs a code).</extracomment>
        <translation>Report a card lost or stolen</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <extracomment>Button in the emergency panel: open the support chat with the reason filled in.</extracomment>
        <translation>Ask for help</translation>
    </message>
    <message>
        <source>Bank emergency line, day and night: {phone}</source>
        <extracomment>Emergency contact shown and read in the emergency panel; {phone} is the bank&apos;s number.</extracomment>
        <translation>Bank emergency line, day and night: {phone}</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Button that closes the emergency panel.</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Freeze {name} ending {last4}</source>
        <extracomment>A card in the emergency panel; {name} the card&apos;s name, {last4} its last digits spaced out.</extracomment>
        <translation>Freeze {name} ending {last4}</translation>
    </message>
    <message>
        <source>Your cards could not be listed. Call the emergency line to block a card.</source>
        <extracomment>Said when the emergency panel could not list the cards; the phone line still works.</extracomment>
        <translation>Your cards could not be listed. Call the emergency line to block a card.</translation>
    </message>
    <message>
        <source>Card ending {last4} is frozen. Nobody can use it. To unfreeze it, open Cards; it needs a code.</source>
        <extracomment>Read back after an emergency freeze; {last4} the card&apos;s last digits spaced out.</extracomment>
        <translation>Card ending {last4} is frozen. Nobody can use it. To unfreeze it, open Cards; it needs a code.</translation>
    </message>
    <message>
        <source>The card could not be frozen. Call the emergency line now.</source>
        <extracomment>Said when an emergency freeze failed.</extracomment>
        <translation>The card could not be frozen. Call the emergency line now.</translation>
    </message>
    <message>
        <source>Choose the card, then Report lost. You will confirm with a code.</source>
        <extracomment>Said on the way to Cards from the emergency panel.</extracomment>
        <translation>Choose the card, then Report lost. You will confirm with a code.</translation>
    </message>
    <message>
        <source>I need help urgently with my account or card.</source>
        <extracomment>The chat draft written for the customer when they ask for help from the emergency panel.</extracomment>
        <translation>I need help urgently with my account or card.</translation>
    </message>
</context>
<context>
    <name>EnrolScreen</name>
    <message>
        <source>Enrol in online banking</source>
        <extracomment>Heading of the enrolment screen.
----------
Window title part for enrolment.</extracomment>
        <translation>Enrol in online banking</translation>
    </message>
    <message>
        <source>For existing customers. Enter one of your account numbers and your ID document number; we send a code to the phone or e-mail we have for you. No phone call is needed.</source>
        <extracomment>Introduction of enrolment.</extracomment>
        <translation>For existing customers. Enter one of your account numbers and your ID document number; we send a code to the phone or e-mail we have for you. No phone call is needed.</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>Label of the account number.</extracomment>
        <translation>Account number</translation>
    </message>
    <message>
        <source>ID document number</source>
        <extracomment>Label of the ID document number.</extracomment>
        <translation>ID document number</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <extracomment>Label of where the first code goes.</extracomment>
        <translation>Send the code by</translation>
    </message>
    <message>
        <source>Check and send code</source>
        <extracomment>Button that checks the details and sends a code.</extracomment>
        <translation>Check and send code</translation>
    </message>
    <message>
        <source>Code you received</source>
        <extracomment>Label of the code field.</extracomment>
        <translation>Code you received</translation>
    </message>
    <message>
        <source>New sign-in password</source>
        <extracomment>Label of the new password.</extracomment>
        <translation>New sign-in password</translation>
    </message>
    <message>
        <source>Send my codes by</source>
        <extracomment>Group of code channels.</extracomment>
        <translation>Send my codes by</translation>
    </message>
    <message>
        <source>Accessibility profile (optional)</source>
        <extracomment>Group title of the accessibility profile.</extracomment>
        <translation>Accessibility profile (optional)</translation>
    </message>
    <message>
        <source>If you want, the bank marks your account so that staff and our services know how to help you, for example by reading documents aloud. It is your choice, you can change or remove it at any time, and it is never used for anything else.</source>
        <extracomment>Explanation of the accessibility profile in plain words.</extracomment>
        <translation>If you want, the bank marks your account so that staff and our services know how to help you, for example by reading documents aloud. It is your choice, you can change or remove it at any time, and it is never used for anything else.</translation>
    </message>
    <message>
        <source>Yes, keep an accessibility profile for me</source>
        <extracomment>Check box that opts in to the accessibility profile.</extracomment>
        <translation>Yes, keep an accessibility profile for me</translation>
    </message>
    <message>
        <source>Enrol</source>
        <extracomment>Button that finishes enrolment.</extracomment>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Go to sign-in</source>
        <extracomment>Button that goes to sign-in after enrolment.</extracomment>
        <translation>Go to sign-in</translation>
    </message>
    <message>
        <source>Checking.</source>
        <extracomment>Shown and spoken while the details are checked.</extracomment>
        <translation>Checking.</translation>
    </message>
    <message>
        <source>A code was sent to {where}. Password rules: {rules}</source>
        <extracomment>The password rules, shown and spoken before typing; {rules} is the bank&apos;s rules in words.</extracomment>
        <translation>A code was sent to {where}. Password rules: {rules}</translation>
    </message>
    <message>
        <source>Enrolling.</source>
        <extracomment>Shown and spoken while enrolment finishes.</extracomment>
        <translation>Enrolling.</translation>
    </message>
    <message>
        <source>Your accessibility profile is on; you can change or remove it in Security.</source>
        <extracomment>Added when the accessibility profile was kept.</extracomment>
        <translation>Your accessibility profile is on; you can change or remove it in Security.</translation>
    </message>
    <message>
        <source>You are enrolled. Your sign-in name is {username}. {extra}</source>
        <extracomment>Enrolment finished; {username} is the sign-in name.</extracomment>
        <translation>You are enrolled. Your sign-in name is {username}. {extra}</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help</source>
        <extracomment>Title of the help screen.</extracomment>
        <translation>Help</translation>
    </message>
    <message>
        <source>Use Tab and Shift+Tab to move between controls and Enter or Space to use them. Every shortcut below is optional: the section list and the buttons at the bottom of the window do the same.</source>
        <extracomment>Introduction on the help screen.</extracomment>
        <translation>Use Tab and Shift+Tab to move between controls and Enter or Space to use them. Every shortcut below is optional: the section list and the buttons at the bottom of the window do the same.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>Label of the list of keyboard shortcuts.</extracomment>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>More keys</source>
        <extracomment>Label of the second list of keys: those that work on one screen or open a panel.</extracomment>
        <translation>More keys</translation>
    </message>
    <message>
        <source>Read shortcuts aloud</source>
        <extracomment>Button that reads every keyboard shortcut aloud.</extracomment>
        <translation>Read shortcuts aloud</translation>
    </message>
    <message>
        <source>Accessibility statement and feedback</source>
        <extracomment>Button on the help screen that opens the accessibility statement and the feedback form.</extracomment>
        <translation>Accessibility statement and feedback</translation>
    </message>
    <message>
        <source>{keys}: {action}</source>
        <extracomment>One line of the shortcut list: {keys} like &quot;Alt+1&quot;, {action} like &quot;Go to Accounts&quot;.</extracomment>
        <translation>{keys}: {action}</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Transaction history</source>
        <extracomment>Heading of the transaction history screen.</extracomment>
        <translation>Transaction history</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Label of the account picker at the top of the history.</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Filter transactions</source>
        <extracomment>Title of the group of fields that narrow down the transaction list.</extracomment>
        <translation>Filter transactions</translation>
    </message>
    <message>
        <source>Search descriptions</source>
        <extracomment>Label of the text filter of the history.</extracomment>
        <translation>Search descriptions</translation>
    </message>
    <message>
        <source>Money in or out</source>
        <extracomment>Label of the choice between money in, money out or both.</extracomment>
        <translation>Money in or out</translation>
    </message>
    <message>
        <source>Money in and out</source>
        <extracomment>History filter choice: show every transaction.</extracomment>
        <translation>Money in and out</translation>
    </message>
    <message>
        <source>Money in only</source>
        <extracomment>History filter choice: show only money that came in.</extracomment>
        <translation>Money in only</translation>
    </message>
    <message>
        <source>Money out only</source>
        <extracomment>History filter choice: show only money that went out.</extracomment>
        <translation>Money out only</translation>
    </message>
    <message>
        <source>From date</source>
        <extracomment>Label of the first date of the history filter.</extracomment>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <extracomment>Label of the last date of the history filter.</extracomment>
        <translation>To date</translation>
    </message>
    <message>
        <source>Year-month-day, for example 2026-03-12. Leave empty for no limit.</source>
        <extracomment>Hint under the history date fields.</extracomment>
        <translation>Year-month-day, for example 2026-03-12. Leave empty for no limit.</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <extracomment>Label of the smallest amount of the history filter.</extracomment>
        <translation>Smallest amount</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <extracomment>Label of the largest amount of the history filter.</extracomment>
        <translation>Largest amount</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <extracomment>Button that empties every field of the history filter.</extracomment>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>Label of the transactions table.</extracomment>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Up and down arrows move between transactions. {shortcut} reads the whole row.</source>
        <extracomment>Hint read with the transactions table: how to move; {shortcut} is the &quot;read this row&quot; key.</extracomment>
        <translation>Up and down arrows move between transactions. {shortcut} reads the whole row.</translation>
    </message>
    <message>
        <source>Read this row</source>
        <extracomment>Button that reads the selected transaction aloud.</extracomment>
        <translation>Read this row</translation>
    </message>
    <message>
        <source>Load again</source>
        <extracomment>Button that loads the account&apos;s transactions again.</extracomment>
        <translation>Load again</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Window title part for the history screen.</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>Loading your accounts.</source>
        <extracomment>Shown and spoken while the list of accounts for the history is loading.</extracomment>
        <translation>Loading your accounts.</translation>
    </message>
    <message>
        <source>You have no accounts.</source>
        <extracomment>Shown and spoken when the customer has no accounts to show a history for.</extracomment>
        <translation>You have no accounts.</translation>
    </message>
    <message>
        <source>Loading transactions of {account}.</source>
        <extracomment>Shown and spoken when the history of an account starts loading; {account} names the account.</extracomment>
        <translation>Loading transactions of {account}.</translation>
    </message>
    <message>
        <source>Showing the newest {count} transactions. Older ones are loading.</source>
        <extracomment>Spoken when the first page of the history is shown; {count} transactions so far.</extracomment>
        <translation>Showing the newest {count} transactions. Older ones are loading.</translation>
    </message>
    <message>
        <source>Loaded {count} transactions, page {page} of {pages}.</source>
        <extracomment>Loading progress of the history; {count} rows so far, {page} of {pages} pages.</extracomment>
        <translation>Loaded {count} transactions, page {page} of {pages}.</translation>
    </message>
    <message>
        <source>Loaded {count} transactions so far.</source>
        <extracomment>Loading progress of the history; {count} rows so far.</extracomment>
        <translation>Loaded {count} transactions so far.</translation>
    </message>
    <message>
        <source>All {count} transactions loaded.</source>
        <extracomment>Shown and spoken when every transaction of the account is loaded; {count} how many.</extracomment>
        <translation>All {count} transactions loaded.</translation>
    </message>
    <message>
        <source>No transactions match.</source>
        <extracomment>Result of the history filter when nothing matches.</extracomment>
        <translation>No transactions match.</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <extracomment>Start of the history filter result when exactly one transaction is shown.</extracomment>
        <translation>1 transaction</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transactions</source>
        <extracomment>Start of the history filter result; %n is the number of transactions shown.</extracomment>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} out</source>
        <extracomment>Part of the filter result: the total that went out; {amount} the sum.</extracomment>
        <translation>{amount} out</translation>
    </message>
    <message>
        <source>{amount} in</source>
        <extracomment>Part of the filter result: the total that came in; {amount} the sum.</extracomment>
        <translation>{amount} in</translation>
    </message>
    <message>
        <source>No transaction is selected.</source>
        <extracomment>Spoken by &quot;Read this row&quot; when no transaction is selected.</extracomment>
        <translation>No transaction is selected.</translation>
    </message>
</context>
<context>
    <name>KeepSettingsChoice</name>
    <message>
        <source>Keep my settings with the bank</source>
        <extracomment>Check box at the end of enrolment: keep the accessibility settings in use now with the bank.</extracomment>
        <translation>Keep my settings with the bank</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>A setting that is on, in the enrolment settings summary (&quot;voice on&quot;).</extracomment>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>A setting that is off, in the enrolment settings summary (&quot;high contrast off&quot;).</extracomment>
        <translation>off</translation>
    </message>
    <message>
        <source>Text size {percent} percent, voice {voice}, high contrast {contrast}.</source>
        <extracomment>What enrolment would keep with the bank; {percent} a number, {voice} and {contrast} are on or off.</extracomment>
        <translation>Text size {percent} percent, voice {voice}, high contrast {contrast}.</translation>
    </message>
    <message>
        <source>They follow you when you sign in anywhere: {summary} Also your colours, voice speed and quick menu. Needs the accessibility profile above.</source>
        <extracomment>Under the keep-settings check box at enrolment; {summary} lists the settings, e.g. the text size.</extracomment>
        <translation>They follow you when you sign in anywhere: {summary} Also your colours, voice speed and quick menu. Needs the accessibility profile above.</translation>
    </message>
    <message>
        <source>Your settings are kept with the bank: they are used wherever you sign in.</source>
        <extracomment>Enrolment finished and the settings were kept with the bank.</extracomment>
        <translation>Your settings are kept with the bank: they are used wherever you sign in.</translation>
    </message>
    <message>
        <source>Your settings could not be kept with the bank. You can keep them later in Security.</source>
        <extracomment>Enrolment finished but the bank did not keep the settings.</extracomment>
        <translation>Your settings could not be kept with the bank. You can keep them later in Security.</translation>
    </message>
</context>
<context>
    <name>KeptSettingsBox</name>
    <message>
        <source>Your settings at the bank</source>
        <extracomment>Group title on the Security screen: the customer&apos;s accessibility settings kept by the bank.</extracomment>
        <translation>Your settings at the bank</translation>
    </message>
    <message>
        <source>The bank can keep your text size, colours, voice, how much the app says, your time limit and your quick menu. Then they are used on any computer or branch terminal where you sign in, and they leave it when you sign out. Only if you want this; you can remove them at any time.</source>
        <extracomment>Plain-words explanation of keeping the accessibility settings with the bank.</extracomment>
        <translation>The bank can keep your text size, colours, voice, how much the app says, your time limit and your quick menu. Then they are used on any computer or branch terminal where you sign in, and they leave it when you sign out. Only if you want this; you can remove them at any time.</translation>
    </message>
    <message>
        <source>Keep my settings with the bank</source>
        <extracomment>Button that saves the settings now in use as the customer&apos;s settings at the bank.</extracomment>
        <translation>Keep my settings with the bank</translation>
    </message>
    <message>
        <source>Remove my settings from the bank</source>
        <extracomment>Button that removes the customer&apos;s settings from the bank.</extracomment>
        <translation>Remove my settings from the bank</translation>
    </message>
    <message>
        <source>The bank keeps your settings, saved {when}.</source>
        <extracomment>State: the bank keeps the customer&apos;s settings; {when} is the date and time they were saved.</extracomment>
        <translation>The bank keeps your settings, saved {when}.</translation>
    </message>
    <message>
        <source>The bank keeps none of your settings. To keep them, first turn on &quot;Keep a profile&quot; above and save it.</source>
        <extracomment>State: nothing kept, and keeping needs the accessibility profile turned on first.</extracomment>
        <translation>The bank keeps none of your settings. To keep them, first turn on &quot;Keep a profile&quot; above and save it.</translation>
    </message>
    <message>
        <source>The bank keeps none of your settings.</source>
        <extracomment>State: nothing kept yet; the customer can keep them now.</extracomment>
        <translation>The bank keeps none of your settings.</translation>
    </message>
    <message>
        <source>Saving your settings at the bank.</source>
        <extracomment>Shown and spoken while the settings are saved at the bank.</extracomment>
        <translation>Saving your settings at the bank.</translation>
    </message>
    <message>
        <source>Your settings are kept with the bank. They will be used wherever you sign in.</source>
        <extracomment>Spoken after the settings were kept at the bank.</extracomment>
        <translation>Your settings are kept with the bank. They will be used wherever you sign in.</translation>
    </message>
    <message>
        <source>Removing your settings from the bank.</source>
        <extracomment>Shown and spoken while the settings are removed from the bank.</extracomment>
        <translation>Removing your settings from the bank.</translation>
    </message>
    <message>
        <source>Your settings were removed from the bank.</source>
        <extracomment>Spoken after the settings were removed from the bank.</extracomment>
        <translation>Your settings were removed from the bank.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>a11y bank branch terminal</source>
        <extracomment>Title of the branch terminal window.</extracomment>
        <translation>a11y bank branch terminal</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <extracomment>Heading of the staff sign-in page on a branch terminal.</extracomment>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Staff username</source>
        <extracomment>Staff sign-in field label: the staff member&apos;s username.</extracomment>
        <translation>Staff username</translation>
    </message>
    <message>
        <source>Staff password</source>
        <extracomment>Staff sign-in field label: the staff member&apos;s password.</extracomment>
        <translation>Staff password</translation>
    </message>
    <message>
        <source>PIN for this shift (4 to 8 digits)</source>
        <extracomment>Staff sign-in field label: a PIN chosen now that protects hand-back and leaving.</extracomment>
        <translation>PIN for this shift (4 to 8 digits)</translation>
    </message>
    <message>
        <source>Sign in as staff</source>
        <extracomment>Button that signs a staff member in on a branch terminal.</extracomment>
        <translation>Sign in as staff</translation>
    </message>
    <message>
        <source>Hand over to the customer</source>
        <extracomment>Button that gives the terminal to the customer (they sign in with their own details).</extracomment>
        <translation>Hand over to the customer</translation>
    </message>
    <message>
        <source>Calls from the customer</source>
        <extracomment>Label of the list of calls the customer made with the &quot;Call staff&quot; button.</extracomment>
        <translation>Calls from the customer</translation>
    </message>
    <message>
        <source>Close the terminal</source>
        <extracomment>Button that closes the branch terminal (asks for the staff PIN).</extracomment>
        <translation>Close the terminal</translation>
    </message>
    <message>
        <source>Call staff (F2)</source>
        <extracomment>Button (also F2) a customer presses to ask a member of staff to come.</extracomment>
        <translation>Call staff (F2)</translation>
    </message>
    <message>
        <source>Staff: take back</source>
        <extracomment>Button staff use to take the terminal back; asks for their PIN and ends the customer&apos;s session.</extracomment>
        <translation>Staff: take back</translation>
    </message>
    <message>
        <source>Close this message</source>
        <extracomment>Button that closes the message about calling staff and the customer&apos;s queue number.</extracomment>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <extracomment>Accessible name of the area showing the customer&apos;s queue number at a branch terminal.</extracomment>
        <translation>Your queue number</translation>
    </message>
    <message>
        <source>Your desk number</source>
        <extracomment>Staff page: label of the field for the number of the desk the staff member is at.</extracomment>
        <translation>Your desk number</translation>
    </message>
    <message>
        <source>Call the next number to this desk</source>
        <extracomment>Staff page: button that calls the next customer in the branch queue to this desk.</extracomment>
        <translation>Call the next number to this desk</translation>
    </message>
    <message>
        <source>Signed in as staff: {name}.</source>
        <extracomment>Announced when a member of staff signed in; {name} is their name.</extracomment>
        <translation>Signed in as staff: {name}.</translation>
    </message>
    <message>
        <source>Staff PIN to take back the terminal</source>
        <extracomment>Prompt for the staff PIN before staff take the terminal back.</extracomment>
        <translation>Staff PIN to take back the terminal</translation>
    </message>
    <message>
        <source>Terminal back with staff. The customer&apos;s session was ended and wiped.</source>
        <extracomment>Announced when staff took the terminal back; the customer&apos;s session was wiped.</extracomment>
        <translation>Terminal back with staff. The customer&apos;s session was ended and wiped.</translation>
    </message>
    <message>
        <source>A member of staff has been called and will come to you.</source>
        <extracomment>Shown and spoken when the customer called staff.</extracomment>
        <translation>A member of staff has been called and will come to you.</translation>
    </message>
    <message>
        <source>Call {number} at {time}</source>
        <extracomment>One entry in the staff&apos;s list of calls; {number} counts the calls, {time} is hours:minutes.</extracomment>
        <translation>Call {number} at {time}</translation>
    </message>
    <message>
        <source>Staff: {name}</source>
        <extracomment>Heading of the staff page; {name} is the staff member&apos;s name.</extracomment>
        <translation>Staff: {name}</translation>
    </message>
    <message>
        <source>The customer&apos;s session could not be fully wiped. Close and restart the terminal.</source>
        <extracomment>Announced to staff when the customer&apos;s files could not all be removed from the terminal.</extracomment>
        <translation>The customer&apos;s session could not be fully wiped. Close and restart the terminal.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <extracomment>Staff page: nobody is waiting in the branch queue.</extracomment>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Call next: {number} to desk {desk}</source>
        <extracomment>Staff page, list entry and announcement: {number} (e.g. A027) was called to desk {desk}.</extracomment>
        <translation>Call next: {number} to desk {desk}</translation>
    </message>
    <message>
        <source>The next number could not be called. Check the connection and try again.</source>
        <extracomment>Staff page: the bank could not be reached to call the next queue number.</extracomment>
        <translation>The next number could not be called. Check the connection and try again.</translation>
    </message>
    <message>
        <source>Staff PIN to close the terminal</source>
        <extracomment>Prompt for the staff PIN before the terminal closes.</extracomment>
        <translation>Staff PIN to close the terminal</translation>
    </message>
    <message>
        <source>Staff sign-in failed. Check the username and password.</source>
        <extracomment>Staff sign-in refused by the bank (wrong username or password).</extracomment>
        <translation>Staff sign-in failed. Check the username and password.</translation>
    </message>
    <message>
        <source>This account is not a staff account.</source>
        <extracomment>The account that signed in is a customer&apos;s, not a member of staff&apos;s.</extracomment>
        <translation>This account is not a staff account.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <extracomment>The shift PIN typed at staff sign-in has the wrong form.</extracomment>
        <translation>The PIN must be 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <extracomment>The staff PIN was wrong.</extracomment>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a minute.</source>
        <extracomment>Too many wrong PINs: the terminal waits a minute.</extracomment>
        <translation>Too many wrong PINs. Try again in a minute.</translation>
    </message>
    <message>
        <source>That is not possible now.</source>
        <extracomment>An action that is not possible in the terminal&apos;s current state.</extracomment>
        <translation>That is not possible now.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The app is locked</source>
        <extracomment>Heading of the page shown while the app is locked after a time without use.</extracomment>
        <translation>The app is locked</translation>
    </message>
    <message>
        <source>Nothing of your accounts is shown while the app is locked. Type your password to go back to where you were.</source>
        <extracomment>Explanation on the lock page; nothing of the customer&apos;s accounts is shown there.</extracomment>
        <translation>Nothing of your accounts is shown while the app is locked. Type your password to go back to where you were.</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Label of the password field on the lock page.</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>Button on the lock page that checks the password and unlocks the app.</extracomment>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Button on the lock page that signs out instead of unlocking.</extracomment>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Window and screen title while the app is locked.</extracomment>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>Label above the list of sections (Accounts, History, ...).
----------
Accessible name of the list of sections.</extracomment>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Button that signs the customer out and returns to the sign-in page.</extracomment>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>Button that locks the app at once (nothing of the accounts shows; the password unlocks it).</extracomment>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Button that goes back to the previous screen (same as the Escape key).</extracomment>
        <translation>Back</translation>
    </message>
    <message>
        <source>Repeat last message</source>
        <extracomment>Button that says the last status message again (same as F6).</extracomment>
        <translation>Repeat last message</translation>
    </message>
    <message>
        <source>Working</source>
        <extracomment>Accessible name of the busy indicator shown while the bank is slow to answer.</extracomment>
        <translation>Working</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Button that closes the application (same as Ctrl+Q).</extracomment>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Screen curtain on. The screen is blank; speech goes on.</source>
        <extracomment>Announced when the screen curtain blanks the window (privacy); speech goes on.</extracomment>
        <translation>Screen curtain on. The screen is blank; speech goes on.</translation>
    </message>
    <message>
        <source>Screen curtain off.</source>
        <extracomment>Announced when the screen curtain is lifted.</extracomment>
        <translation>Screen curtain off.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <extracomment>Announced after signing out.</extracomment>
        <translation>You are signed out.</translation>
    </message>
    <message>
        <source>a11y bank</source>
        <extracomment>The application&apos;s name, shown in the window title after the current screen&apos;s name.</extracomment>
        <translation>a11y bank</translation>
    </message>
    <message>
        <source>Payment in progress</source>
        <extracomment>Title of the dialog asked before leaving a screen with a payment in progress.</extracomment>
        <translation>Payment in progress</translation>
    </message>
    <message>
        <source>A payment is still being sent. Leave this screen anyway?</source>
        <extracomment>Question asked before leaving a screen while a payment is being sent.</extracomment>
        <translation>A payment is still being sent. Leave this screen anyway?</translation>
    </message>
    <message>
        <source>Leave anyway</source>
        <extracomment>Button that leaves the screen although a payment is in progress.</extracomment>
        <translation>Leave anyway</translation>
    </message>
    <message>
        <source>Text size {percent} percent.</source>
        <extracomment>Announced after the text size changed; {percent} is a number like 150.</extracomment>
        <translation>Text size {percent} percent.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter an amount.</source>
        <extracomment>Error under the amount field when it was left empty.</extracomment>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <extracomment>Spoken when the amount field was left empty.</extracomment>
        <translation>The amount is empty.</translation>
    </message>
    <message>
        <source>Type the amount in digits, for example 12.50.</source>
        <extracomment>What to do when the amount field is empty.</extracomment>
        <translation>Type the amount in digits, for example 12.50.</translation>
    </message>
    <message>
        <source>That is not an amount.</source>
        <extracomment>Error under the amount field when what was typed is not a number.</extracomment>
        <translation>That is not an amount.</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <extracomment>Spoken when the typed amount is not a number.</extracomment>
        <translation>The amount is not a number.</translation>
    </message>
    <message>
        <source>Use digits and one decimal point only, for example 12.50.</source>
        <extracomment>What to do when the typed amount is not a number; &quot;point&quot; is the decimal separator.</extracomment>
        <translation>Use digits and one decimal point only, for example 12.50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <extracomment>Error under the amount field when a minus sign was typed.</extracomment>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount is below zero. Amounts cannot be negative.</source>
        <extracomment>Spoken when the typed amount has a minus sign.</extracomment>
        <translation>The amount is below zero. Amounts cannot be negative.</translation>
    </message>
    <message>
        <source>Remove the minus sign.</source>
        <extracomment>What to do when the typed amount is negative.</extracomment>
        <translation>Remove the minus sign.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <extracomment>Error under the amount field when the amount is zero.</extracomment>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>The amount is zero. It must be more than zero.</source>
        <extracomment>Spoken when the typed amount is zero.</extracomment>
        <translation>The amount is zero. It must be more than zero.</translation>
    </message>
    <message>
        <source>Type the amount you want to send.</source>
        <extracomment>What to do when the typed amount is zero.</extracomment>
        <translation>Type the amount you want to send.</translation>
    </message>
    <message>
        <source>Use at most {decimals} digits after the decimal point.</source>
        <extracomment>Error under the amount field; {decimals} is how many digits the currency allows after the point.</extracomment>
        <translation>Use at most {decimals} digits after the decimal point.</translation>
    </message>
    <message>
        <source>The amount has too many digits after the point. The most is {decimals}.</source>
        <extracomment>Spoken: too many digits after the decimal point; {decimals} is the allowed number.</extracomment>
        <translation>The amount has too many digits after the point. The most is {decimals}.</translation>
    </message>
    <message>
        <source>Shorten the part after the decimal point.</source>
        <extracomment>What to do when the amount has too many decimals.</extracomment>
        <translation>Shorten the part after the decimal point.</translation>
    </message>
    <message>
        <source>This currency has no decimal part.</source>
        <extracomment>Error under the amount field for a currency without minor units (for example yen).</extracomment>
        <translation>This currency has no decimal part.</translation>
    </message>
    <message>
        <source>This currency is counted in whole units only.</source>
        <extracomment>Spoken for a currency without minor units when a decimal part was typed.</extracomment>
        <translation>This currency is counted in whole units only.</translation>
    </message>
    <message>
        <source>Type a whole number, without a decimal point.</source>
        <extracomment>What to do when a decimal part was typed for a whole-unit currency.</extracomment>
        <translation>Type a whole number, without a decimal point.</translation>
    </message>
    <message>
        <source>The amount is too large. The most is {maximum}.</source>
        <extracomment>Error under the amount field; {maximum} is the formatted largest amount allowed.</extracomment>
        <translation>The amount is too large. The most is {maximum}.</translation>
    </message>
    <message>
        <source>That amount is too large. The most you can type is {maximum}.</source>
        <extracomment>Spoken when the amount is over the maximum; {maximum} is the formatted largest amount.</extracomment>
        <translation>That amount is too large. The most you can type is {maximum}.</translation>
    </message>
    <message>
        <source>Check the number of digits and type a smaller amount.</source>
        <extracomment>What to do when the amount is too large.</extracomment>
        <translation>Check the number of digits and type a smaller amount.</translation>
    </message>
    <message>
        <source>A currency code is three letters, like CNY or GBP.</source>
        <extracomment>Error when a currency code is not three letters.</extracomment>
        <translation>A currency code is three letters, like CNY or GBP.</translation>
    </message>
    <message>
        <source>A currency code is three letters, for example C N Y, or G B P.</source>
        <extracomment>Spoken when a currency code is not three letters; codes are spelled out letter by letter.</extracomment>
        <translation>A currency code is three letters, for example C N Y, or G B P.</translation>
    </message>
    <message>
        <source>Choose the currency from the list.</source>
        <extracomment>What to do when a currency code is malformed.
----------
What to do when the currency is not known.</extracomment>
        <translation>Choose the currency from the list.</translation>
    </message>
    <message>
        <source>That currency is not known.</source>
        <extracomment>Error when a three-letter currency code is not a known currency.</extracomment>
        <translation>That currency is not known.</translation>
    </message>
    <message>
        <source>That currency code is not one we know.</source>
        <extracomment>Spoken when a three-letter currency code is not a known currency.</extracomment>
        <translation>That currency code is not one we know.</translation>
    </message>
    <message>
        <source>Enter the account number.</source>
        <extracomment>Error when the account number field was left empty.</extracomment>
        <translation>Enter the account number.</translation>
    </message>
    <message>
        <source>The account number is empty.</source>
        <extracomment>Spoken when the account number field is empty.</extracomment>
        <translation>The account number is empty.</translation>
    </message>
    <message>
        <source>Type the IBAN, the sort code and account number, or the card or account number.</source>
        <extracomment>What to do when the account number is empty.</extracomment>
        <translation>Type the IBAN, the sort code and account number, or the card or account number.</translation>
    </message>
    <message>
        <source>That does not look like an account number we can pay.</source>
        <extracomment>Error when an account identifier matches no supported scheme (IBAN, UK, Chinese account).</extracomment>
        <translation>That does not look like an account number we can pay.</translation>
    </message>
    <message>
        <source>We could not recognise that account number.</source>
        <extracomment>Spoken when an account identifier matches no supported scheme.</extracomment>
        <translation>We could not recognise that account number.</translation>
    </message>
    <message>
        <source>Check it against the payee&apos;s details: an IBAN, a 6-digit sort code with an 8-digit account number, or a 16 to 19 digit Chinese account or card number.</source>
        <extracomment>What to do when the account identifier is not recognised.</extracomment>
        <translation>Check it against the payee&apos;s details: an IBAN, a 6-digit sort code with an 8-digit account number, or a 16 to 19 digit Chinese account or card number.</translation>
    </message>
    <message>
        <source>A sort code is 6 digits, like 12-34-56.</source>
        <extracomment>Error when a UK sort code is not 6 digits.</extracomment>
        <translation>A sort code is 6 digits, like 12-34-56.</translation>
    </message>
    <message>
        <source>A sort code is six digits, for example one two, three four, five six.</source>
        <extracomment>Spoken when a UK sort code is not 6 digits; digits are read in pairs.</extracomment>
        <translation>A sort code is six digits, for example one two, three four, five six.</translation>
    </message>
    <message>
        <source>Type the 6 digits of the sort code. Dashes and spaces are fine.</source>
        <extracomment>What to do when the sort code is invalid.</extracomment>
        <translation>Type the 6 digits of the sort code. Dashes and spaces are fine.</translation>
    </message>
    <message>
        <source>A UK account number is 8 digits.</source>
        <extracomment>Error when a UK account number is not 8 digits.</extracomment>
        <translation>A UK account number is 8 digits.</translation>
    </message>
    <message>
        <source>A UK account number is eight digits long.</source>
        <extracomment>Spoken when a UK account number is not 8 digits.</extracomment>
        <translation>A UK account number is eight digits long.</translation>
    </message>
    <message>
        <source>Type all 8 digits of the account number.</source>
        <extracomment>What to do when the UK account number is invalid.</extracomment>
        <translation>Type all 8 digits of the account number.</translation>
    </message>
    <message>
        <source>The IBAN does not start with a valid country code.</source>
        <extracomment>Error when the first two letters of an IBAN are not a country that uses IBANs.</extracomment>
        <translation>The IBAN does not start with a valid country code.</translation>
    </message>
    <message>
        <source>The first two letters of the IBAN are not a known country.</source>
        <extracomment>Spoken when the IBAN country code is wrong.</extracomment>
        <translation>The first two letters of the IBAN are not a known country.</translation>
    </message>
    <message>
        <source>Check the first two letters, for example G B or D E.</source>
        <extracomment>What to do when the IBAN country code is wrong.</extracomment>
        <translation>Check the first two letters, for example G B or D E.</translation>
    </message>
    <message>
        <source>The IBAN has the wrong length for its country.</source>
        <extracomment>Error when an IBAN has the wrong number of characters for its country.</extracomment>
        <translation>The IBAN has the wrong length for its country.</translation>
    </message>
    <message>
        <source>The IBAN is too short or too long for its country.</source>
        <extracomment>Spoken when an IBAN has the wrong number of characters.</extracomment>
        <translation>The IBAN is too short or too long for its country.</translation>
    </message>
    <message>
        <source>Check for a missing or extra character.</source>
        <extracomment>What to do when the IBAN length is wrong.</extracomment>
        <translation>Check for a missing or extra character.</translation>
    </message>
    <message>
        <source>The IBAN is not in the right format for its country.</source>
        <extracomment>Error when an IBAN has letters or digits in places its country does not allow.</extracomment>
        <translation>The IBAN is not in the right format for its country.</translation>
    </message>
    <message>
        <source>Some characters of the IBAN are in the wrong place.</source>
        <extracomment>Spoken when an IBAN has the wrong format.</extracomment>
        <translation>Some characters of the IBAN are in the wrong place.</translation>
    </message>
    <message>
        <source>Compare it character by character with the payee&apos;s details.</source>
        <extracomment>What to do when the IBAN format is wrong.
----------
What to do when the IBAN checksum fails.</extracomment>
        <translation>Compare it character by character with the payee&apos;s details.</translation>
    </message>
    <message>
        <source>The IBAN is not valid. A character may be mistyped.</source>
        <extracomment>Error when the IBAN check digits do not match (usually a typing mistake).</extracomment>
        <translation>The IBAN is not valid. A character may be mistyped.</translation>
    </message>
    <message>
        <source>The IBAN check failed. One of the characters is probably mistyped.</source>
        <extracomment>Spoken when the IBAN check digits do not match.</extracomment>
        <translation>The IBAN check failed. One of the characters is probably mistyped.</translation>
    </message>
    <message>
        <source>A Chinese account or card number is 16 to 19 digits.</source>
        <extracomment>Error when a Chinese account or bank card number is not 16 to 19 digits.</extracomment>
        <translation>A Chinese account or card number is 16 to 19 digits.</translation>
    </message>
    <message>
        <source>A Chinese account or card number has sixteen to nineteen digits.</source>
        <extracomment>Spoken when a Chinese account number has the wrong length.</extracomment>
        <translation>A Chinese account or card number has sixteen to nineteen digits.</translation>
    </message>
    <message>
        <source>Check for a missing or extra digit.</source>
        <extracomment>What to do when a Chinese account number has the wrong length.</extracomment>
        <translation>Check for a missing or extra digit.</translation>
    </message>
    <message>
        <source>That card number is not valid. A digit may be mistyped.</source>
        <extracomment>Error when a Chinese bank card number fails its check digit (Luhn).</extracomment>
        <translation>That card number is not valid. A digit may be mistyped.</translation>
    </message>
    <message>
        <source>The card number check failed. One digit is probably mistyped.</source>
        <extracomment>Spoken when a bank card number fails its check digit.</extracomment>
        <translation>The card number check failed. One digit is probably mistyped.</translation>
    </message>
    <message>
        <source>Compare the number digit by digit with the card.</source>
        <extracomment>What to do when a bank card number fails its check digit.</extracomment>
        <translation>Compare the number digit by digit with the card.</translation>
    </message>
    <message>
        <source>Enter the payee&apos;s name.</source>
        <extracomment>Error when the payee name was left empty.</extracomment>
        <translation>Enter the payee&apos;s name.</translation>
    </message>
    <message>
        <source>The payee name is empty.</source>
        <extracomment>Spoken when the payee name is empty.</extracomment>
        <translation>The payee name is empty.</translation>
    </message>
    <message>
        <source>Type the name on the payee&apos;s account.</source>
        <extracomment>What to do when the payee name is empty.</extracomment>
        <translation>Type the name on the payee&apos;s account.</translation>
    </message>
    <message>
        <source>The payee name can be at most {maximum} characters.</source>
        <extracomment>Error when the payee name is too long; {maximum} is the number of characters allowed.</extracomment>
        <translation>The payee name can be at most {maximum} characters.</translation>
    </message>
    <message>
        <source>The payee name is too long. The most is {maximum} characters.</source>
        <extracomment>Spoken when the payee name is too long; {maximum} is the number of characters allowed.</extracomment>
        <translation>The payee name is too long. The most is {maximum} characters.</translation>
    </message>
    <message>
        <source>Shorten the name.</source>
        <extracomment>What to do when the payee name is too long.</extracomment>
        <translation>Shorten the name.</translation>
    </message>
    <message>
        <source>The payee name contains characters that are not allowed.</source>
        <extracomment>Error when the payee name contains control or invisible characters (often from pasting).</extracomment>
        <translation>The payee name contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>The payee name contains hidden characters that cannot be sent.</source>
        <extracomment>Spoken when the payee name contains control or invisible characters.</extracomment>
        <translation>The payee name contains hidden characters that cannot be sent.</translation>
    </message>
    <message>
        <source>Clear the field and type the name again instead of pasting it.</source>
        <extracomment>What to do when the payee name contains invisible characters.</extracomment>
        <translation>Clear the field and type the name again instead of pasting it.</translation>
    </message>
    <message>
        <source>Enter a reference.</source>
        <extracomment>Error when a payment reference is required but empty.</extracomment>
        <translation>Enter a reference.</translation>
    </message>
    <message>
        <source>The reference is empty. This payment needs one.</source>
        <extracomment>Spoken when a required payment reference is empty.</extracomment>
        <translation>The reference is empty. This payment needs one.</translation>
    </message>
    <message>
        <source>Type the reference the payee gave you, such as a bill number.</source>
        <extracomment>What to do when the payment reference is empty.</extracomment>
        <translation>Type the reference the payee gave you, such as a bill number.</translation>
    </message>
    <message>
        <source>The reference can be at most {maximum} characters.</source>
        <extracomment>Error when the payment reference is too long; {maximum} is the number of characters allowed.</extracomment>
        <translation>The reference can be at most {maximum} characters.</translation>
    </message>
    <message>
        <source>The reference is too long. The most is {maximum} characters.</source>
        <extracomment>Spoken when the payment reference is too long; {maximum} is the number of characters allowed.</extracomment>
        <translation>The reference is too long. The most is {maximum} characters.</translation>
    </message>
    <message>
        <source>Shorten the reference.</source>
        <extracomment>What to do when the payment reference is too long.</extracomment>
        <translation>Shorten the reference.</translation>
    </message>
    <message>
        <source>The reference contains characters that are not allowed.</source>
        <extracomment>Error when the reference contains control, zero-width or text-direction characters.</extracomment>
        <translation>The reference contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>The reference contains hidden characters that cannot be sent.</source>
        <extracomment>Spoken when the reference contains control, zero-width or text-direction characters.</extracomment>
        <translation>The reference contains hidden characters that cannot be sent.</translation>
    </message>
    <message>
        <source>Clear the field and type the reference again instead of pasting it.</source>
        <extracomment>What to do when the reference contains invisible characters.</extracomment>
        <translation>Clear the field and type the reference again instead of pasting it.</translation>
    </message>
    <message>
        <source>That {name} does not look right.</source>
        <extracomment>Error when a bill reference does not have the biller&apos;s format; {name} is what the biller calls it (e.g. &quot;customer number&quot;).
----------
Spoken when a bill reference does not have the biller&apos;s format; {name}: the biller&apos;s word.</extracomment>
        <translation>That {name} does not look right.</translation>
    </message>
    <message>
        <source>Check it against your bill.</source>
        <extracomment>What to do when a bill reference does not have the biller&apos;s format.</extracomment>
        <translation>Check it against your bill.</translation>
    </message>
    <message>
        <source>The feedback box is empty.</source>
        <extracomment>Error when accessibility feedback is sent with an empty box.
----------
Spoken when accessibility feedback is sent with an empty box.</extracomment>
        <translation>The feedback box is empty.</translation>
    </message>
    <message>
        <source>Write your feedback first.</source>
        <extracomment>What to do when the accessibility feedback box is empty.</extracomment>
        <translation>Write your feedback first.</translation>
    </message>
    <message>
        <source>The feedback is longer than {maximum} characters.</source>
        <extracomment>Error when the accessibility feedback is too long; {maximum} is the most characters allowed.
----------
Spoken when the accessibility feedback is too long; {maximum} is the most characters allowed.</extracomment>
        <translation>The feedback is longer than {maximum} characters.</translation>
    </message>
    <message>
        <source>Shorten it, or send it in two parts.</source>
        <extracomment>What to do when the accessibility feedback is too long.</extracomment>
        <translation>Shorten it, or send it in two parts.</translation>
    </message>
    <message>
        <source>This password does not keep the rules. {rules}</source>
        <extracomment>Error under a new password that breaks the bank&apos;s rules; {rules} is the rules as a sentence.
----------
Spoken when a new password breaks the bank&apos;s rules; {rules} is the rules as a sentence.</extracomment>
        <translation>This password does not keep the rules. {rules}</translation>
    </message>
    <message>
        <source>Choose another password.</source>
        <extracomment>What to do when a new password breaks the rules.</extracomment>
        <translation>Choose another password.</translation>
    </message>
    <message>
        <source>An account number has 10 to 30 digits.</source>
        <extracomment>Error under the account number when enrolling; it must be 10 to 30 digits.</extracomment>
        <translation>An account number has 10 to 30 digits.</translation>
    </message>
    <message>
        <source>That account number is not 10 to 30 digits.</source>
        <extracomment>Spoken when the account number typed to enrol is not 10 to 30 digits.</extracomment>
        <translation>That account number is not 10 to 30 digits.</translation>
    </message>
    <message>
        <source>Type the account number from your card or contract, digits only.</source>
        <extracomment>What to do when the account number typed to enrol is not 10 to 30 digits.</extracomment>
        <translation>Type the account number from your card or contract, digits only.</translation>
    </message>
    <message>
        <source>Enter the number of your ID document.</source>
        <extracomment>Error under the ID document number when enrolling with it left empty.</extracomment>
        <translation>Enter the number of your ID document.</translation>
    </message>
    <message>
        <source>The ID document number is empty.</source>
        <extracomment>Spoken when the ID document number was left empty.</extracomment>
        <translation>The ID document number is empty.</translation>
    </message>
    <message>
        <source>Type it as printed on the document.</source>
        <extracomment>What to do when the ID document number was left empty.</extracomment>
        <translation>Type it as printed on the document.</translation>
    </message>
    <message>
        <source>The smallest purchase is {amount}.</source>
        <extracomment>Error under the amount to invest when it is below the product&apos;s minimum; {amount} the smallest.</extracomment>
        <translation>The smallest purchase is {amount}.</translation>
    </message>
    <message>
        <source>That is below this product&apos;s smallest purchase, {amount}.</source>
        <extracomment>Spoken when the amount to invest is below the product&apos;s minimum; {amount} the smallest.</extracomment>
        <translation>That is below this product&apos;s smallest purchase, {amount}.</translation>
    </message>
    <message>
        <source>Enter a larger amount, or choose another product.</source>
        <extracomment>What to do when the amount to invest is below the product&apos;s minimum.</extracomment>
        <translation>Enter a larger amount, or choose another product.</translation>
    </message>
    <message>
        <source>Enter a number of units above 0 and at most {maximum}.</source>
        <extracomment>Error under the units to sell; {maximum} is how many units the customer has.</extracomment>
        <translation>Enter a number of units above 0 and at most {maximum}.</translation>
    </message>
    <message>
        <source>You can sell more than 0 and at most {maximum} units.</source>
        <extracomment>Spoken when the units to sell are not above 0 and at most {maximum}, the units held.</extracomment>
        <translation>You can sell more than 0 and at most {maximum} units.</translation>
    </message>
    <message>
        <source>Use up to 4 decimals.</source>
        <extracomment>What to do when the units to sell are wrong.</extracomment>
        <translation>Use up to 4 decimals.</translation>
    </message>
    <message>
        <source>That is not a valid date.</source>
        <extracomment>Error when the payment date typed is not a real date.</extracomment>
        <translation>That is not a valid date.</translation>
    </message>
    <message>
        <source>We could not read that date.</source>
        <extracomment>Spoken when the payment date is not a real date.</extracomment>
        <translation>We could not read that date.</translation>
    </message>
    <message>
        <source>Type the date as year, month and day, for example 2026-12-31.</source>
        <extracomment>What to do when the date is invalid; keep the date pattern as an example.</extracomment>
        <translation>Type the date as year, month and day, for example 2026-12-31.</translation>
    </message>
    <message>
        <source>The date is in the past.</source>
        <extracomment>Error when a scheduled payment date is before today.</extracomment>
        <translation>The date is in the past.</translation>
    </message>
    <message>
        <source>That date has already passed.</source>
        <extracomment>Spoken when a scheduled payment date is before today.</extracomment>
        <translation>That date has already passed.</translation>
    </message>
    <message>
        <source>Choose today or a later date.</source>
        <extracomment>What to do when the payment date is in the past.</extracomment>
        <translation>Choose today or a later date.</translation>
    </message>
    <message>
        <source>The date can be at most one year ahead, until {latest}.</source>
        <extracomment>Error when a scheduled payment date is more than a year ahead; {latest} is the last allowed date.</extracomment>
        <translation>The date can be at most one year ahead, until {latest}.</translation>
    </message>
    <message>
        <source>That date is too far ahead. The latest date is {latest}.</source>
        <extracomment>Spoken when a scheduled payment date is too far ahead; {latest} is the last allowed date.</extracomment>
        <translation>That date is too far ahead. The latest date is {latest}.</translation>
    </message>
    <message>
        <source>Choose a date within the next year.</source>
        <extracomment>What to do when the payment date is too far ahead.</extracomment>
        <translation>Choose a date within the next year.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code.</source>
        <extracomment>Error when the one-time security code field is empty.</extracomment>
        <translation>Enter the 6-digit code.</translation>
    </message>
    <message>
        <source>The code is empty. It has six digits.</source>
        <extracomment>Spoken when the one-time security code field is empty.</extracomment>
        <translation>The code is empty. It has six digits.</translation>
    </message>
    <message>
        <source>Type the code from the message we sent you.</source>
        <extracomment>What to do when the one-time code is empty.</extracomment>
        <translation>Type the code from the message we sent you.</translation>
    </message>
    <message>
        <source>The code has digits only.</source>
        <extracomment>Error when the one-time security code contains something other than digits.</extracomment>
        <translation>The code has digits only.</translation>
    </message>
    <message>
        <source>The code contains something other than digits.</source>
        <extracomment>Spoken when the one-time security code contains letters or symbols.</extracomment>
        <translation>The code contains something other than digits.</translation>
    </message>
    <message>
        <source>Type just the 6 digits of the code.</source>
        <extracomment>What to do when the one-time code has non-digits.</extracomment>
        <translation>Type just the 6 digits of the code.</translation>
    </message>
    <message>
        <source>The code is 6 digits; you typed {length}.</source>
        <extracomment>Error when the one-time code is not exactly 6 digits; {length} is how many were typed.</extracomment>
        <translation>The code is 6 digits; you typed {length}.</translation>
    </message>
    <message>
        <source>The code has six digits, and you typed {length}.</source>
        <extracomment>Spoken when the one-time code has the wrong number of digits; {length} is how many were typed.</extracomment>
        <translation>The code has six digits, and you typed {length}.</translation>
    </message>
    <message>
        <source>Check the code in the message and type all 6 digits.</source>
        <extracomment>What to do when the one-time code has the wrong length.</extracomment>
        <translation>Check the code in the message and type all 6 digits.</translation>
    </message>
    <message>
        <source>Cannot reach the bank.</source>
        <extracomment>Shown when the bank cannot be reached (no network or the bank server is down).</extracomment>
        <translation>Cannot reach the bank.</translation>
    </message>
    <message>
        <source>We cannot reach the bank right now. Nothing was changed.</source>
        <extracomment>Spoken when the bank cannot be reached.</extracomment>
        <translation>We cannot reach the bank right now. Nothing was changed.</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <extracomment>What to do when the bank cannot be reached.</extracomment>
        <translation>Check your internet connection, then try again.</translation>
    </message>
    <message>
        <source>The bank&apos;s identity could not be checked, so the app did not connect.</source>
        <extracomment>Shown when the bank&apos;s security certificate could not be verified; the connection was refused.</extracomment>
        <translation>The bank&apos;s identity could not be checked, so the app did not connect.</translation>
    </message>
    <message>
        <source>The connection was refused for your safety: the bank&apos;s security certificate could not be checked. Someone could be listening in. Nothing was sent.</source>
        <extracomment>Spoken when the bank&apos;s security certificate could not be verified.</extracomment>
        <translation>The connection was refused for your safety: the bank&apos;s security certificate could not be checked. Someone could be listening in. Nothing was sent.</translation>
    </message>
    <message>
        <source>Do not use this network for banking. Call the bank on its published phone number.</source>
        <extracomment>What to do after a certificate error; there is no way to connect anyway.</extracomment>
        <translation>Do not use this network for banking. Call the bank on its published phone number.</translation>
    </message>
    <message>
        <source>The bank has a problem right now.</source>
        <extracomment>Shown when the bank&apos;s server failed (HTTP 5xx) on a request that changes nothing (a read).</extracomment>
        <translation>The bank has a problem right now.</translation>
    </message>
    <message>
        <source>The bank had a problem and could not answer. Nothing was changed.</source>
        <extracomment>Spoken when the bank&apos;s server failed on a request that changes nothing.</extracomment>
        <translation>The bank had a problem and could not answer. Nothing was changed.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact the bank.</source>
        <extracomment>What to do when the bank&apos;s server failed.</extracomment>
        <translation>Try again in a few minutes. If it keeps happening, contact the bank.</translation>
    </message>
    <message>
        <source>The bank took too long to answer.</source>
        <extracomment>Shown when the bank took too long to answer a request that changes nothing.</extracomment>
        <translation>The bank took too long to answer.</translation>
    </message>
    <message>
        <source>The bank did not answer in time.</source>
        <extracomment>Spoken when the bank took too long to answer.</extracomment>
        <translation>The bank did not answer in time.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <extracomment>What to do after a timeout.</extracomment>
        <translation>Try again in a moment.</translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <extracomment>Shown when the sign-in session has expired.</extracomment>
        <translation>You have been signed out.</translation>
    </message>
    <message>
        <source>For your safety, you have been signed out.</source>
        <extracomment>Spoken when the sign-in session has expired.</extracomment>
        <translation>For your safety, you have been signed out.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <extracomment>What to do after the session expired.</extracomment>
        <translation>Sign in again to continue.</translation>
    </message>
    <message>
        <source>Too many requests. Try again in {seconds} seconds.</source>
        <extracomment>Shown when the bank asks us to slow down; {seconds} is how long to wait.</extracomment>
        <translation>Too many requests. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>The bank is busy. Please wait {seconds} seconds.</source>
        <extracomment>Spoken when the bank asks us to slow down; {seconds} is how long to wait.</extracomment>
        <translation>The bank is busy. Please wait {seconds} seconds.</translation>
    </message>
    <message>
        <source>Wait {seconds} seconds, then try again.</source>
        <extracomment>What to do when rate limited; {seconds} is how long to wait.</extracomment>
        <translation>Wait {seconds} seconds, then try again.</translation>
    </message>
    <message>
        <source>The bank refused this request.</source>
        <extracomment>Shown when the bank refused a request for a reason we have no better message for.</extracomment>
        <translation>The bank refused this request.</translation>
    </message>
    <message>
        <source>The bank said no to this request. Nothing was changed.</source>
        <extracomment>Spoken when the bank refused a request.</extracomment>
        <translation>The bank said no to this request. Nothing was changed.</translation>
    </message>
    <message>
        <source>Check the details and try again, or contact the bank.</source>
        <extracomment>What to do when the bank refused a request.</extracomment>
        <translation>Check the details and try again, or contact the bank.</translation>
    </message>
    <message>
        <source>We do not know yet whether this went through.</source>
        <extracomment>Shown when a payment may or may not have gone through (connection lost mid-way).</extracomment>
        <translation>We do not know yet whether this went through.</translation>
    </message>
    <message>
        <source>The connection was lost before the bank answered. The payment may have been made.</source>
        <extracomment>Spoken when the outcome of a payment is unknown.</extracomment>
        <translation>The connection was lost before the bank answered. The payment may have been made.</translation>
    </message>
    <message>
        <source>Do not pay again. We will check with the bank; see your payments list for the result.</source>
        <extracomment>What to do when the outcome is unknown; tells the person not to pay twice.</extracomment>
        <translation>Do not pay again. We will check with the bank; see your payments list for the result.</translation>
    </message>
    <message>
        <source>The bank sent an answer we could not read.</source>
        <extracomment>Shown when the bank&apos;s answer could not be understood.</extracomment>
        <translation>The bank sent an answer we could not read.</translation>
    </message>
    <message>
        <source>Something went wrong reading the bank&apos;s answer.</source>
        <extracomment>Spoken when the bank&apos;s answer could not be understood.</extracomment>
        <translation>Something went wrong reading the bank&apos;s answer.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, contact the bank.</source>
        <extracomment>What to do when the bank&apos;s answer was unreadable.
----------
What to do after an unexpected error.</extracomment>
        <translation>Try again. If it keeps happening, contact the bank.</translation>
    </message>
    <message>
        <source>Not enough money in the account.</source>
        <extracomment>Shown when the account does not have enough money for the payment.</extracomment>
        <translation>Not enough money in the account.</translation>
    </message>
    <message>
        <source>There is not enough money in this account for that payment.</source>
        <extracomment>Spoken when the account does not have enough money for the payment.</extracomment>
        <translation>There is not enough money in this account for that payment.</translation>
    </message>
    <message>
        <source>Pay a smaller amount or choose another account.</source>
        <extracomment>What to do when funds are insufficient.</extracomment>
        <translation>Pay a smaller amount or choose another account.</translation>
    </message>
    <message>
        <source>This payment is over your limit.</source>
        <extracomment>Shown when the payment is over the daily or per-payment limit.</extracomment>
        <translation>This payment is over your limit.</translation>
    </message>
    <message>
        <source>This payment is more than your payment limit allows.</source>
        <extracomment>Spoken when the payment is over a limit.</extracomment>
        <translation>This payment is more than your payment limit allows.</translation>
    </message>
    <message>
        <source>Pay a smaller amount, or try again tomorrow.</source>
        <extracomment>What to do when over the limit.</extracomment>
        <translation>Pay a smaller amount, or try again tomorrow.</translation>
    </message>
    <message>
        <source>Too late for today&apos;s payments.</source>
        <extracomment>Shown when a payment arrives after today&apos;s cut-off time.</extracomment>
        <translation>Too late for today&apos;s payments.</translation>
    </message>
    <message>
        <source>It is past today&apos;s cut-off time for this payment.</source>
        <extracomment>Spoken when a payment arrives after today&apos;s cut-off time.</extracomment>
        <translation>It is past today&apos;s cut-off time for this payment.</translation>
    </message>
    <message>
        <source>Schedule the payment for the next working day.</source>
        <extracomment>What to do after the cut-off time.</extracomment>
        <translation>Schedule the payment for the next working day.</translation>
    </message>
    <message>
        <source>This approval has already been used.</source>
        <extracomment>Shown when an approval was already used for another payment.</extracomment>
        <translation>This approval has already been used.</translation>
    </message>
    <message>
        <source>This payment was already approved and used once.</source>
        <extracomment>Spoken when the payment approval was already used.</extracomment>
        <translation>This payment was already approved and used once.</translation>
    </message>
    <message>
        <source>Check your payments list before starting a new payment.</source>
        <extracomment>What to do when the approval was already used; the person should check before paying again.</extracomment>
        <translation>Check your payments list before starting a new payment.</translation>
    </message>
    <message>
        <source>That code is not right. {attempts_left} tries left.</source>
        <extracomment>Shown when the one-time code is wrong; {attempts_left} is how many tries remain.</extracomment>
        <translation>That code is not right. {attempts_left} tries left.</translation>
    </message>
    <message>
        <source>The code is wrong. You have {attempts_left} tries left.</source>
        <extracomment>Spoken when the one-time code is wrong; {attempts_left} is how many tries remain.</extracomment>
        <translation>The code is wrong. You have {attempts_left} tries left.</translation>
    </message>
    <message>
        <source>Check the latest message we sent and type the code again.</source>
        <extracomment>What to do when the one-time code is wrong.</extracomment>
        <translation>Check the latest message we sent and type the code again.</translation>
    </message>
    <message>
        <source>That code has expired.</source>
        <extracomment>Shown when the one-time code has expired.</extracomment>
        <translation>That code has expired.</translation>
    </message>
    <message>
        <source>The code is too old and no longer works.</source>
        <extracomment>Spoken when the one-time code has expired.</extracomment>
        <translation>The code is too old and no longer works.</translation>
    </message>
    <message>
        <source>Ask for a new code.</source>
        <extracomment>What to do when the one-time code has expired.</extracomment>
        <translation>Ask for a new code.</translation>
    </message>
    <message>
        <source>Too many wrong codes. This approval is locked.</source>
        <extracomment>Shown when too many wrong codes locked the approval.</extracomment>
        <translation>Too many wrong codes. This approval is locked.</translation>
    </message>
    <message>
        <source>There were too many wrong codes, so this approval is locked.</source>
        <extracomment>Spoken when too many wrong codes locked the approval.</extracomment>
        <translation>There were too many wrong codes, so this approval is locked.</translation>
    </message>
    <message>
        <source>Start the payment again to get a new code.</source>
        <extracomment>What to do when the approval is locked.</extracomment>
        <translation>Start the payment again to get a new code.</translation>
    </message>
    <message>
        <source>That code was already used.</source>
        <extracomment>Shown when a one-time code for a change or an order (not a payment) was already used.</extracomment>
        <translation>That code was already used.</translation>
    </message>
    <message>
        <source>That code has already been used once and cannot be used again.</source>
        <extracomment>Spoken when a one-time code for a change or an order (not a payment) was already used.</extracomment>
        <translation>That code has already been used once and cannot be used again.</translation>
    </message>
    <message>
        <source>Ask for a new code and type it.</source>
        <extracomment>What to do when a code for a change or an order was already used.</extracomment>
        <translation>Ask for a new code and type it.</translation>
    </message>
    <message>
        <source>Too many wrong codes. This request is locked.</source>
        <extracomment>Shown when too many wrong codes locked a change or an order (not a payment).</extracomment>
        <translation>Too many wrong codes. This request is locked.</translation>
    </message>
    <message>
        <source>There were too many wrong codes, so this request is locked.</source>
        <extracomment>Spoken when too many wrong codes locked a change or an order (not a payment).</extracomment>
        <translation>There were too many wrong codes, so this request is locked.</translation>
    </message>
    <message>
        <source>Start again from the beginning to get a new code.</source>
        <extracomment>What to do when a change or an order is locked by wrong codes.</extracomment>
        <translation>Start again from the beginning to get a new code.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <extracomment>Shown when the user name or password is wrong (never say which one).</extracomment>
        <translation>The user name or password is not right.</translation>
    </message>
    <message>
        <source>We could not sign you in with that user name and password.</source>
        <extracomment>Spoken when sign-in fails.</extracomment>
        <translation>We could not sign you in with that user name and password.</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <extracomment>What to do when sign-in fails.</extracomment>
        <translation>Check both and try again.</translation>
    </message>
    <message>
        <source>The app is locked.</source>
        <extracomment>Shown when the app locked (after a time without use, or the customer locked it).</extracomment>
        <translation>The app is locked.</translation>
    </message>
    <message>
        <source>The app is locked. Nothing of your accounts is shown.</source>
        <extracomment>Spoken when the app locked (after a time without use, or the customer locked it).</extracomment>
        <translation>The app is locked. Nothing of your accounts is shown.</translation>
    </message>
    <message>
        <source>Type your password to go back to where you were.</source>
        <extracomment>What to do to unlock the app.</extracomment>
        <translation>Type your password to go back to where you were.</translation>
    </message>
    <message>
        <source>That password is not right. {attempts_left} tries left.</source>
        <extracomment>Error under the password field of the lock page; {attempts_left} is how many tries are left.</extracomment>
        <translation>That password is not right. {attempts_left} tries left.</translation>
    </message>
    <message>
        <source>That password is not right. You have {attempts_left} tries left.</source>
        <extracomment>Spoken when the password on the lock page is wrong; {attempts_left} is how many tries are left.</extracomment>
        <translation>That password is not right. You have {attempts_left} tries left.</translation>
    </message>
    <message>
        <source>Type the password you signed in with, or sign out.</source>
        <extracomment>What to do when the password on the lock page is wrong.</extracomment>
        <translation>Type the password you signed in with, or sign out.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. You are signed out.</source>
        <extracomment>Shown when too many wrong passwords were typed on the lock page.</extracomment>
        <translation>Too many wrong passwords. You are signed out.</translation>
    </message>
    <message>
        <source>There were too many wrong passwords, so you are signed out for safety.</source>
        <extracomment>Spoken when too many wrong passwords were typed on the lock page.</extracomment>
        <translation>There were too many wrong passwords, so you are signed out for safety.</translation>
    </message>
    <message>
        <source>Sign in again with your user name and password.</source>
        <extracomment>What to do after being signed out for too many wrong passwords.</extracomment>
        <translation>Sign in again with your user name and password.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <extracomment>Error under the user name field on the sign-in screen when it is empty.</extracomment>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <extracomment>Spoken when the user name field on the sign-in screen is empty.</extracomment>
        <translation>The user name is empty.</translation>
    </message>
    <message>
        <source>Type the user name you chose when you joined the bank.</source>
        <extracomment>What to do when the user name is empty.</extracomment>
        <translation>Type the user name you chose when you joined the bank.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <extracomment>Error under the password field on the sign-in screen when it is empty.</extracomment>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <extracomment>Spoken when the password field on the sign-in screen is empty.</extracomment>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>Type your password. It is case-sensitive.</source>
        <extracomment>What to do when the password is empty.</extracomment>
        <translation>Type your password. It is case-sensitive.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <extracomment>Shown when something went wrong that has no more specific message.</extracomment>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <extracomment>Spoken when something went wrong that has no more specific message.</extracomment>
        <translation>Sorry, something went wrong.</translation>
    </message>
    <message>
        <source>Secure storage is not available on this computer.</source>
        <extracomment>Shown when the system keyring cannot be used, so the sign-in is kept only until the app closes.</extracomment>
        <translation>Secure storage is not available on this computer.</translation>
    </message>
    <message>
        <source>This computer has no secure storage, so you will stay signed in only until you close the app.</source>
        <extracomment>Spoken when the system keyring cannot be used.</extracomment>
        <translation>This computer has no secure storage, so you will stay signed in only until you close the app.</translation>
    </message>
    <message>
        <source>You can keep using the app; you will need to sign in next time.</source>
        <extracomment>What to do when the keyring is not available.</extracomment>
        <translation>You can keep using the app; you will need to sign in next time.</translation>
    </message>
    <message>
        <source>Secure storage is locked.</source>
        <extracomment>Shown when the system keyring is locked.</extracomment>
        <translation>Secure storage is locked.</translation>
    </message>
    <message>
        <source>The computer&apos;s secure storage is locked.</source>
        <extracomment>Spoken when the system keyring is locked.</extracomment>
        <translation>The computer&apos;s secure storage is locked.</translation>
    </message>
    <message>
        <source>Unlock it, for example by signing in to the computer again, then retry.</source>
        <extracomment>What to do when the keyring is locked.</extracomment>
        <translation>Unlock it, for example by signing in to the computer again, then retry.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so the defaults are used.</source>
        <extracomment>Shown when saved settings could not be read and the defaults are used instead.</extracomment>
        <translation>Your settings could not be read, so the defaults are used.</translation>
    </message>
    <message>
        <source>Your saved settings were damaged. We are using the standard settings.</source>
        <extracomment>Spoken when saved settings could not be read.</extracomment>
        <translation>Your saved settings were damaged. We are using the standard settings.</translation>
    </message>
    <message>
        <source>Open Settings to choose text size, voice and language again.</source>
        <extracomment>What to do after settings were reset.</extracomment>
        <translation>Open Settings to choose text size, voice and language again.</translation>
    </message>
    <message>
        <source>Received by the bank</source>
        <extracomment>Payment status: the bank has received the payment (OB status RCVD).</extracomment>
        <translation>Received by the bank</translation>
    </message>
    <message>
        <source>The bank has received the payment.</source>
        <extracomment>Spoken payment status: received.</extracomment>
        <translation>The bank has received the payment.</translation>
    </message>
    <message>
        <source>No need to do anything. We will tell you when it is complete.</source>
        <extracomment>What to do while a payment is received but not processed.
----------
What to do while a payment is in progress.</extracomment>
        <translation>No need to do anything. We will tell you when it is complete.</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Payment status: the bank is processing the payment.</extracomment>
        <translation>In progress</translation>
    </message>
    <message>
        <source>The payment is being processed.</source>
        <extracomment>Spoken payment status: in progress.</extracomment>
        <translation>The payment is being processed.</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>Payment status: the money has been sent.</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>The payment is complete.</source>
        <extracomment>Spoken payment status: completed.</extracomment>
        <translation>The payment is complete.</translation>
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
        <translation>Nothing else to do.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>Payment status: the bank rejected the payment; no money left the account.</extracomment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>The bank rejected the payment. No money was taken.</source>
        <extracomment>Spoken payment status: rejected.</extracomment>
        <translation>The bank rejected the payment. No money was taken.</translation>
    </message>
    <message>
        <source>Check the payee&apos;s details and try again, or contact the bank.</source>
        <extracomment>What to do when a payment was rejected.</extracomment>
        <translation>Check the payee&apos;s details and try again, or contact the bank.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Payment status: the payment was cancelled before it was made.</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The payment was cancelled. No money was taken.</source>
        <extracomment>Spoken payment status: cancelled.</extracomment>
        <translation>The payment was cancelled. No money was taken.</translation>
    </message>
    <message>
        <source>Status not known yet</source>
        <extracomment>Payment status: we do not know the status yet.</extracomment>
        <translation>Status not known yet</translation>
    </message>
    <message>
        <source>We do not know the status of this payment yet.</source>
        <extracomment>Spoken payment status: unknown.</extracomment>
        <translation>We do not know the status of this payment yet.</translation>
    </message>
    <message>
        <source>Do not pay again. Check your payments list later.</source>
        <extracomment>What to do when the status is unknown.</extracomment>
        <translation>Do not pay again. Check your payments list later.</translation>
    </message>
    <message>
        <source>Signed in as {name}.</source>
        <extracomment>Shown after signing in; {name} is the customer&apos;s display name.</extracomment>
        <translation>Signed in as {name}.</translation>
    </message>
    <message>
        <source>Welcome, {name}. You are signed in.</source>
        <extracomment>Spoken after signing in; {name} is the customer&apos;s display name.</extracomment>
        <translation>Welcome, {name}. You are signed in.</translation>
    </message>
    <message>
        <source>Choose Accounts to see your balances.</source>
        <extracomment>What to do after signing in.</extracomment>
        <translation>Choose Accounts to see your balances.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <extracomment>Shown after signing out.</extracomment>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <extracomment>Spoken after signing out.</extracomment>
        <translation>You are signed out.</translation>
    </message>
    <message>
        <source>You can close the app, or sign in again.</source>
        <extracomment>What to do after signing out.</extracomment>
        <translation>You can close the app, or sign in again.</translation>
    </message>
    <message>
        <source>Sent {amount} to {payee}.</source>
        <extracomment>Shown after a payment was sent; {amount} is the formatted amount and {payee} the payee&apos;s name.</extracomment>
        <translation>Sent {amount} to {payee}.</translation>
    </message>
    <message>
        <source>Payment sent. {amount} to {payee}.</source>
        <extracomment>Spoken after a payment was sent; {amount} is the amount in words and {payee} the payee&apos;s name.</extracomment>
        <translation>Payment sent. {amount} to {payee}.</translation>
    </message>
    <message>
        <source>You can see it in your payments list.</source>
        <extracomment>What to do after a payment was sent.</extracomment>
        <translation>You can see it in your payments list.</translation>
    </message>
    <message>
        <source>Payee {payee} added.</source>
        <extracomment>Shown after a payee was saved; {payee} is the payee&apos;s name.</extracomment>
        <translation>Payee {payee} added.</translation>
    </message>
    <message>
        <source>{payee} is now in your payees.</source>
        <extracomment>Spoken after a payee was saved; {payee} is the payee&apos;s name.</extracomment>
        <translation>{payee} is now in your payees.</translation>
    </message>
    <message>
        <source>You can now pay them from the Transfer screen.</source>
        <extracomment>What to do after adding a payee.</extracomment>
        <translation>You can now pay them from the Transfer screen.</translation>
    </message>
    <message>
        <source>Payee {payee} deleted.</source>
        <extracomment>Shown after a payee was deleted; {payee} is the payee&apos;s name.</extracomment>
        <translation>Payee {payee} deleted.</translation>
    </message>
    <message>
        <source>{payee} has been removed from your payees.</source>
        <extracomment>Spoken after a payee was deleted; {payee} is the payee&apos;s name.</extracomment>
        <translation>{payee} has been removed from your payees.</translation>
    </message>
    <message>
        <source>{amount} to {payee} scheduled for {date}.</source>
        <extracomment>Shown after a payment was scheduled; {amount}, {payee}, and {date} the formatted payment date.</extracomment>
        <translation>{amount} to {payee} scheduled for {date}.</translation>
    </message>
    <message>
        <source>Payment scheduled. {amount} to {payee} on {date}.</source>
        <extracomment>Spoken after a payment was scheduled; {amount}, {payee}, and {date} the payment date.</extracomment>
        <translation>Payment scheduled. {amount} to {payee} on {date}.</translation>
    </message>
    <message>
        <source>You can cancel it from Scheduled payments before that date.</source>
        <extracomment>What to do after scheduling a payment.</extracomment>
        <translation>You can cancel it from Scheduled payments before that date.</translation>
    </message>
    <message>
        <source>Scheduled payment to {payee} cancelled.</source>
        <extracomment>Shown after a scheduled payment was cancelled; {payee} is the payee&apos;s name.</extracomment>
        <translation>Scheduled payment to {payee} cancelled.</translation>
    </message>
    <message>
        <source>The scheduled payment to {payee} is cancelled. It will not be paid.</source>
        <extracomment>Spoken after a scheduled payment was cancelled; {payee} is the payee&apos;s name.</extracomment>
        <translation>The scheduled payment to {payee} is cancelled. It will not be paid.</translation>
    </message>
    <message>
        <source>We sent a 6-digit code to {destination}.</source>
        <extracomment>Shown after a one-time code was sent; {destination} is the masked phone number or e-mail.</extracomment>
        <translation>We sent a 6-digit code to {destination}.</translation>
    </message>
    <message>
        <source>A six digit code is on its way to {destination}.</source>
        <extracomment>Spoken after a one-time code was sent; {destination} is the masked phone number or e-mail.</extracomment>
        <translation>A six digit code is on its way to {destination}.</translation>
    </message>
    <message>
        <source>Type the code to approve the payment.</source>
        <extracomment>What to do after a code was sent.</extracomment>
        <translation>Type the code to approve the payment.</translation>
    </message>
    <message>
        <source>Give the action a name.</source>
        <extracomment>Error under the name field of a quick menu action when it was left empty.</extracomment>
        <translation>Give the action a name.</translation>
    </message>
    <message>
        <source>The name of the action is empty.</source>
        <extracomment>Spoken when the name of a quick menu action is empty.</extracomment>
        <translation>The name of the action is empty.</translation>
    </message>
    <message>
        <source>Type a short name you will recognise, for example Pay electricity bill.</source>
        <extracomment>What to do when the name of a quick menu action is empty.</extracomment>
        <translation>Type a short name you will recognise, for example Pay electricity bill.</translation>
    </message>
    <message>
        <source>Use at most {maximum} characters.</source>
        <extracomment>Error under the name field of a quick menu action; {maximum} is the most characters allowed.</extracomment>
        <translation>Use at most {maximum} characters.</translation>
    </message>
    <message>
        <source>The name is too long. The most is {maximum} characters.</source>
        <extracomment>Spoken when the name of a quick menu action is too long; {maximum} is the most allowed.</extracomment>
        <translation>The name is too long. The most is {maximum} characters.</translation>
    </message>
    <message>
        <source>Make the name shorter.</source>
        <extracomment>What to do when the name of a quick menu action is too long.</extracomment>
        <translation>Make the name shorter.</translation>
    </message>
    <message>
        <source>Choose an account.</source>
        <extracomment>Error under the account list of a quick menu action when no account is chosen.</extracomment>
        <translation>Choose an account.</translation>
    </message>
    <message>
        <source>No account is chosen.</source>
        <extracomment>Spoken when a quick menu action has no account.</extracomment>
        <translation>No account is chosen.</translation>
    </message>
    <message>
        <source>Choose one of your accounts from the list.</source>
        <extracomment>What to do when a quick menu action has no account.</extracomment>
        <translation>Choose one of your accounts from the list.</translation>
    </message>
    <message>
        <source>Choose a saved payee.</source>
        <extracomment>Error under the payee list of a quick menu action when no saved payee is chosen.</extracomment>
        <translation>Choose a saved payee.</translation>
    </message>
    <message>
        <source>No payee is chosen.</source>
        <extracomment>Spoken when a quick menu action has no payee.</extracomment>
        <translation>No payee is chosen.</translation>
    </message>
    <message>
        <source>Choose a payee from the list. To pay someone new, add them in Payees first.</source>
        <extracomment>What to do when a quick menu action has no payee.</extracomment>
        <translation>Choose a payee from the list. To pay someone new, add them in Payees first.</translation>
    </message>
    <message>
        <source>Choose a biller.</source>
        <extracomment>Error under the biller list of a quick menu action when no biller is chosen.</extracomment>
        <translation>Choose a biller.</translation>
    </message>
    <message>
        <source>No biller is chosen.</source>
        <extracomment>Spoken when a quick menu action has no biller.</extracomment>
        <translation>No biller is chosen.</translation>
    </message>
    <message>
        <source>Choose the company that sends the bill from the list.</source>
        <extracomment>What to do when a quick menu action has no biller.</extracomment>
        <translation>Choose the company that sends the bill from the list.</translation>
    </message>
    <message>
        <source>Enter your number on the bill.</source>
        <extracomment>Error under the bill number field of a quick menu action when it is empty or too long.</extracomment>
        <translation>Enter your number on the bill.</translation>
    </message>
    <message>
        <source>The bill number is missing.</source>
        <extracomment>Spoken when the bill number of a quick menu action is empty or too long.</extracomment>
        <translation>The bill number is missing.</translation>
    </message>
    <message>
        <source>Type the number printed on your bill, up to 35 characters.</source>
        <extracomment>What to do when the bill number of a quick menu action is missing.</extracomment>
        <translation>Type the number printed on your bill, up to 35 characters.</translation>
    </message>
    <message>
        <source>Choose a screen.</source>
        <extracomment>Error under the screen list of a quick menu action when no screen is chosen.</extracomment>
        <translation>Choose a screen.</translation>
    </message>
    <message>
        <source>No screen is chosen.</source>
        <extracomment>Spoken when a quick menu action that opens a screen has none.</extracomment>
        <translation>No screen is chosen.</translation>
    </message>
    <message>
        <source>Choose the screen to open from the list.</source>
        <extracomment>What to do when a quick menu action that opens a screen has none.</extracomment>
        <translation>Choose the screen to open from the list.</translation>
    </message>
    <message>
        <source>Enter the amount to pay.</source>
        <extracomment>Error under the amount field of a quick menu payment when it is missing or not valid.</extracomment>
        <translation>Enter the amount to pay.</translation>
    </message>
    <message>
        <source>The amount is missing or not valid.</source>
        <extracomment>Spoken when the amount of a quick menu payment is missing or not valid.</extracomment>
        <translation>The amount is missing or not valid.</translation>
    </message>
    <message>
        <source>Type the amount in digits, for example 200.00.</source>
        <extracomment>What to do when the amount of a quick menu payment is missing.</extracomment>
        <translation>Type the amount in digits, for example 200.00.</translation>
    </message>
    <message>
        <source>The quick menu is full: {maximum} actions.</source>
        <extracomment>Shown when the quick menu already has its most actions; {maximum} is that number (9).</extracomment>
        <translation>The quick menu is full: {maximum} actions.</translation>
    </message>
    <message>
        <source>The quick menu is full. It holds {maximum} actions.</source>
        <extracomment>Spoken when the quick menu is full; {maximum} is how many actions it holds.</extracomment>
        <translation>The quick menu is full. It holds {maximum} actions.</translation>
    </message>
    <message>
        <source>Remove an action before adding another.</source>
        <extracomment>What to do when the quick menu is full.</extracomment>
        <translation>Remove an action before adding another.</translation>
    </message>
    <message>
        <source>{name} has no quick menu action.</source>
        <extracomment>Shown when a quick menu key has no action; {name} is the key, e.g. Alt+3.</extracomment>
        <translation>{name} has no quick menu action.</translation>
    </message>
    <message>
        <source>There is no quick menu action on {name}.</source>
        <extracomment>Spoken when a quick menu key has no action; {name} is the key, e.g. Alt+3.</extracomment>
        <translation>There is no quick menu action on {name}.</translation>
    </message>
    <message>
        <source>You can set one up on the Quick menu screen.</source>
        <extracomment>What to do when a quick menu key has no action.</extracomment>
        <translation>You can set one up on the Quick menu screen.</translation>
    </message>
    <message>
        <source>Your quick menu is empty.</source>
        <extracomment>Shown when the quick menu is read out but has no actions.</extracomment>
        <translation>Your quick menu is empty.</translation>
    </message>
    <message>
        <source>Your quick menu has no actions yet.</source>
        <extracomment>Spoken when the quick menu is read out but has no actions.</extracomment>
        <translation>Your quick menu has no actions yet.</translation>
    </message>
    <message>
        <source>Add actions on the Quick menu screen.</source>
        <extracomment>What to do when the quick menu is empty.</extracomment>
        <translation>Add actions on the Quick menu screen.</translation>
    </message>
    <message>
        <source>“{name}” cannot run: its payee, biller or account is no longer there.</source>
        <extracomment>Shown when a quick menu action refers to a payee, biller or account that is gone; {name} its name.</extracomment>
        <translation>“{name}” cannot run: its payee, biller or account is no longer there.</translation>
    </message>
    <message>
        <source>The quick menu action {name} cannot run. Its payee, biller or account is no longer there.</source>
        <extracomment>Spoken when a quick menu action refers to something that is gone; {name} is the action&apos;s name.</extracomment>
        <translation>The quick menu action {name} cannot run. Its payee, biller or account is no longer there.</translation>
    </message>
    <message>
        <source>Edit the action or remove it.</source>
        <extracomment>What to do when a quick menu action cannot run any more.</extracomment>
        <translation>Edit the action or remove it.</translation>
    </message>
    <message>
        <source>Another payment is in progress.</source>
        <extracomment>Shown when a quick menu payment cannot start because another payment is under way.</extracomment>
        <translation>Another payment is in progress.</translation>
    </message>
    <message>
        <source>Another payment is in progress on this screen.</source>
        <extracomment>Spoken when a quick menu payment cannot start because another payment is under way.</extracomment>
        <translation>Another payment is in progress on this screen.</translation>
    </message>
    <message>
        <source>Finish it or go back to the form, then press the key again.</source>
        <extracomment>What to do when another payment is in progress.</extracomment>
        <translation>Finish it or go back to the form, then press the key again.</translation>
    </message>
    <message>
        <source>Headphones unplugged: voice is paused.</source>
        <extracomment>Status line when headphones are unplugged while the voice may only use headphones.
----------
Sent to the screen reader (never spoken aloud) when the headphones are unplugged.</extracomment>
        <translation>Headphones unplugged: voice is paused.</translation>
    </message>
    <message>
        <source>Plug them back in to hear it again.</source>
        <extracomment>What to do when the headphones were unplugged.</extracomment>
        <translation>Plug them back in to hear it again.</translation>
    </message>
    <message>
        <source>Headphones connected: voice is on again.</source>
        <extracomment>Status line when headphones are plugged back in and the voice plays again.
----------
Said (through the headphones) when they are plugged back in.</extracomment>
        <translation>Headphones connected: voice is on again.</translation>
    </message>
    <message>
        <source>Sound plays only through your headphones.</source>
        <extracomment>Reminder after headphones are connected again: sound still goes only to them.</extracomment>
        <translation>Sound plays only through your headphones.</translation>
    </message>
    <message>
        <source>We could not confirm these details.</source>
        <extracomment>Error under the account number when the bank could not match it with the ID document.</extracomment>
        <translation>We could not confirm these details.</translation>
    </message>
    <message>
        <source>The account number and the ID document number do not match our records.</source>
        <extracomment>Spoken when the bank could not match the account number with the ID document number.</extracomment>
        <translation>The account number and the ID document number do not match our records.</translation>
    </message>
    <message>
        <source>Check both numbers and try again.</source>
        <extracomment>What to do when enrolment details could not be confirmed.</extracomment>
        <translation>Check both numbers and try again.</translation>
    </message>
    <message>
        <source>Choose at least one way to receive codes.</source>
        <extracomment>Error when no way to receive one-time codes is ticked (enrolment, Security).</extracomment>
        <translation>Choose at least one way to receive codes.</translation>
    </message>
    <message>
        <source>No way to receive codes is chosen.</source>
        <extracomment>Spoken when no way to receive one-time codes is ticked.</extracomment>
        <translation>No way to receive codes is chosen.</translation>
    </message>
    <message>
        <source>Tick at least one: text message, e-mail, voice message or security token.</source>
        <extracomment>What to do when no code channel is ticked.</extracomment>
        <translation>Tick at least one: text message, e-mail, voice message or security token.</translation>
    </message>
    <message>
        <source>Your number is {number}. People ahead of you: {ahead}.</source>
        <extracomment>Shown when the customer got a branch queue number; {number} e.g. A027, {ahead} a count of people.
----------
Shown when the customer got a branch queue number but no SMS could be sent; {number}, {ahead}.</extracomment>
        <translation>Your number is {number}. People ahead of you: {ahead}.</translation>
    </message>
    <message>
        <source>Your queue number is {spoken_number}. People ahead of you: {ahead}.</source>
        <extracomment>Spoken queue number; {spoken_number} is the number spelt out (A 0 2 7), {ahead} a count.
----------
Spoken queue number (no SMS sent); {spoken_number} is the number spelt out, {ahead} a count.</extracomment>
        <translation>Your queue number is {spoken_number}. People ahead of you: {ahead}.</translation>
    </message>
    <message>
        <source>We have also sent it to your phone by text message. It will show here when a desk is free.</source>
        <extracomment>After a queue number was given and also sent to the customer&apos;s phone by SMS.</extracomment>
        <translation>We have also sent it to your phone by text message. It will show here when a desk is free.</translation>
    </message>
    <message>
        <source>Please wait here. Your number will show here when a desk is free.</source>
        <extracomment>After a queue number was given without an SMS.</extracomment>
        <translation>Please wait here. Your number will show here when a desk is free.</translation>
    </message>
    <message>
        <source>{number}: please go to desk {desk}.</source>
        <extracomment>Shown when staff call the customer&apos;s queue number; {number} e.g. A027, {desk} the desk number.</extracomment>
        <translation>{number}: please go to desk {desk}.</translation>
    </message>
    <message>
        <source>Number {spoken_number}: please go to desk {desk}.</source>
        <extracomment>Spoken when the customer&apos;s queue number is called; {spoken_number} spelt out, {desk} a number.</extracomment>
        <translation>Number {spoken_number}: please go to desk {desk}.</translation>
    </message>
    <message>
        <source>Take your time. This message stays until you close it.</source>
        <extracomment>After the queue number was called: no hurry, the message stays on screen.</extracomment>
        <translation>Take your time. This message stays until you close it.</translation>
    </message>
    <message>
        <source>Staff have been called, but a queue number could not be taken.</source>
        <extracomment>Shown when staff were called but the bank could not give a queue number (e.g. no connection).</extracomment>
        <translation>Staff have been called, but a queue number could not be taken.</translation>
    </message>
    <message>
        <source>Staff have been called. A queue number could not be taken.</source>
        <extracomment>Spoken when staff were called but no queue number could be taken.</extracomment>
        <translation>Staff have been called. A queue number could not be taken.</translation>
    </message>
    <message>
        <source>Please stay here: a member of staff will come to you.</source>
        <extracomment>What to do when no queue number could be taken.</extracomment>
        <translation>Please stay here: a member of staff will come to you.</translation>
    </message>
    <message>
        <source>A member of staff has been called and will come to you.</source>
        <extracomment>Shown when a customer who has not signed in yet calls staff at a branch terminal.
----------
Spoken when a customer who has not signed in yet calls staff at a branch terminal.</extracomment>
        <translation>A member of staff has been called and will come to you.</translation>
    </message>
    <message>
        <source>To also get a queue number by text message, sign in, then press Call staff again.</source>
        <extracomment>How to get a queue number by SMS: it needs the customer&apos;s phone on record, so signing in.</extracomment>
        <translation>To also get a queue number by text message, sign in, then press Call staff again.</translation>
    </message>
    <message>
        <source>The list of sections appears after you sign in.</source>
        <extracomment>Shown when the key to the list of sections is pressed before sign-in (the list is not there yet).</extracomment>
        <translation>The list of sections appears after you sign in.</translation>
    </message>
    <message>
        <source>There is no list of sections yet. It appears after you sign in.</source>
        <extracomment>Spoken when the key to the list of sections is pressed before sign-in.</extracomment>
        <translation>There is no list of sections yet. It appears after you sign in.</translation>
    </message>
    <message>
        <source>Sign in first, then press this key again.</source>
        <extracomment>What to do to reach the list of sections from the sign-in page.</extracomment>
        <translation>Sign in first, then press this key again.</translation>
    </message>
    <message>
        <source>The list of sections is hidden while the app is locked.</source>
        <extracomment>Shown when the key to the list of sections is pressed while the app is locked.</extracomment>
        <translation>The list of sections is hidden while the app is locked.</translation>
    </message>
    <message>
        <source>The app is locked, so the list of sections is hidden.</source>
        <extracomment>Spoken when the key to the list of sections is pressed while the app is locked.</extracomment>
        <translation>The app is locked, so the list of sections is hidden.</translation>
    </message>
    <message>
        <source>Type your password to unlock, then press this key again.</source>
        <extracomment>What to do to reach the list of sections from the lock page.</extracomment>
        <translation>Type your password to unlock, then press this key again.</translation>
    </message>
    <message>
        <source>We sent a {length}-digit code to {destination}.</source>
        <extracomment>Shown when a code was sent for a change or an order; {destination}: masked phone or e-mail.</extracomment>
        <translation>We sent a {length}-digit code to {destination}.</translation>
    </message>
    <message>
        <source>A {length} digit code is on its way to {destination}.</source>
        <extracomment>Spoken when a one-time code was sent for a change or an order.</extracomment>
        <translation>A {length} digit code is on its way to {destination}.</translation>
    </message>
    <message>
        <source>Type it and press Enter.</source>
        <extracomment>What to do after a one-time code was sent for a change or an order.</extracomment>
        <translation>Type it and press Enter.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Show password</source>
        <extracomment>Check box under a new password field that shows the password as typed.</extracomment>
        <translation>Show password</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>At least {min} characters, with at least one letter and one digit.</source>
        <extracomment>Password rule; {min} is the least number of characters.</extracomment>
        <translation>At least {min} characters, with at least one letter and one digit.</translation>
    </message>
    <message>
        <source>At least {min} characters, with at least one letter.</source>
        <extracomment>Password rule; {min} is the least number of characters.</extracomment>
        <translation>At least {min} characters, with at least one letter.</translation>
    </message>
    <message>
        <source>At least {min} characters, with at least one digit.</source>
        <extracomment>Password rule; {min} is the least number of characters.</extracomment>
        <translation>At least {min} characters, with at least one digit.</translation>
    </message>
    <message>
        <source>At least {min} characters.</source>
        <extracomment>Password rule; {min} is the least number of characters.</extracomment>
        <translation>At least {min} characters.</translation>
    </message>
    <message>
        <source>Spaces and any other characters are allowed, and pasting is fine.</source>
        <extracomment>Password rule: what else a password may hold (the bank allows any character and pasting).</extracomment>
        <translation>Spaces and any other characters are allowed, and pasting is fine.</translation>
    </message>
    <message>
        <source>Up to {max} characters.</source>
        <extracomment>Password rule; {max} is the most characters a password may have.</extracomment>
        <translation>Up to {max} characters.</translation>
    </message>
</context>
<context>
    <name>PayeeForm</name>
    <message>
        <source>New payee</source>
        <extracomment>Title of the group of fields for a new payee.</extracomment>
        <translation>New payee</translation>
    </message>
    <message>
        <source>Payee name</source>
        <extracomment>Label of the new payee&apos;s name field.</extracomment>
        <translation>Payee name</translation>
    </message>
    <message>
        <source>The name on their bank account.</source>
        <extracomment>Hint under the payee name field.</extracomment>
        <translation>The name on their bank account.</translation>
    </message>
    <message>
        <source>Account type</source>
        <extracomment>Label of the list that chooses how the payee&apos;s account is written.</extracomment>
        <translation>Account type</translation>
    </message>
    <message>
        <source>Chinese account or card number</source>
        <extracomment>Account type: a Chinese bank account or bank card number.</extracomment>
        <translation>Chinese account or card number</translation>
    </message>
    <message>
        <source>UK sort code and account number</source>
        <extracomment>Account type: a UK sort code and account number.</extracomment>
        <translation>UK sort code and account number</translation>
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
        <translation>Sort code</translation>
    </message>
    <message>
        <source>6 digits, for example 12-34-56.</source>
        <extracomment>Hint under the sort code field.</extracomment>
        <translation>6 digits, for example 12-34-56.</translation>
    </message>
    <message>
        <source>Starts with 2 letters, for example GB82 WEST 1234 5698 7654 32.</source>
        <extracomment>Hint under the IBAN field.</extracomment>
        <translation>Starts with 2 letters, for example GB82 WEST 1234 5698 7654 32.</translation>
    </message>
    <message>
        <source>Account number</source>
        <extracomment>Label of the UK account number field.</extracomment>
        <translation>Account number</translation>
    </message>
    <message>
        <source>8 digits.</source>
        <extracomment>Hint under the UK account number field.</extracomment>
        <translation>8 digits.</translation>
    </message>
    <message>
        <source>Account or card number</source>
        <extracomment>Label of the Chinese account or card number field.</extracomment>
        <translation>Account or card number</translation>
    </message>
    <message>
        <source>16 to 19 digits. Spaces are fine.</source>
        <extracomment>Hint under the Chinese account number field.</extracomment>
        <translation>16 to 19 digits. Spaces are fine.</translation>
    </message>
</context>
<context>
    <name>Payees</name>
    <message>
        <source>The bank says this account belongs to {name}.</source>
        <extracomment>Name check result: the typed payee name matches the account holder; {name} is that name.</extracomment>
        <translation>The bank says this account belongs to {name}.</translation>
    </message>
    <message>
        <source>Close match: the bank says this account belongs to {name}. Check that this is who you mean.</source>
        <extracomment>Name check result: close but not exact; {name} is the account holder&apos;s real name.</extracomment>
        <translation>Close match: the bank says this account belongs to {name}. Check that this is who you mean.</translation>
    </message>
    <message>
        <source>Warning: this account does not belong to {name}. If you pay it, the money may go to someone else. Check the details with the payee.</source>
        <extracomment>Name check result: the name does not match the account; {name} is the name the customer typed.</extracomment>
        <translation>Warning: this account does not belong to {name}. If you pay it, the money may go to someone else. Check the details with the payee.</translation>
    </message>
    <message>
        <source>The bank could not check the name for this account. Make sure the details are right.</source>
        <extracomment>Name check result: the bank could not check the name for this account.</extracomment>
        <translation>The bank could not check the name for this account. Make sure the details are right.</translation>
    </message>
    <message>
        <source>{name}, account ending {last4}, reference {reference}</source>
        <extracomment>A saved payee in a list; {name}, {last4} last 4 characters of the account, {reference}.</extracomment>
        <translation>{name}, account ending {last4}, reference {reference}</translation>
    </message>
    <message>
        <source>{name}, account ending {last4}</source>
        <extracomment>A saved payee in a list; {name}, {last4} last 4 characters of the account number.</extracomment>
        <translation>{name}, account ending {last4}</translation>
    </message>
</context>
<context>
    <name>PayeesScreen</name>
    <message>
        <source>Payees</source>
        <extracomment>Heading of the payees screen.
----------
Window title part for the payees screen.</extracomment>
        <translation>Payees</translation>
    </message>
    <message>
        <source>Your saved payees</source>
        <extracomment>Label of the list of saved payees.</extracomment>
        <translation>Your saved payees</translation>
    </message>
    <message>
        <source>Delete payee</source>
        <extracomment>Button that deletes the selected payee (asks first).
----------
Title of the dialog that asks before deleting a payee.</extracomment>
        <translation>Delete payee</translation>
    </message>
    <message>
        <source>Pay this payee</source>
        <extracomment>Button that opens Transfer with the selected payee chosen.</extracomment>
        <translation>Pay this payee</translation>
    </message>
    <message>
        <source>Add payee</source>
        <extracomment>Button that saves the new payee typed below.</extracomment>
        <translation>Add payee</translation>
    </message>
    <message>
        <source>Loading your payees</source>
        <extracomment>Progress announced while the saved payees load.</extracomment>
        <translation>Loading your payees</translation>
    </message>
    <message>
        <source>You have no saved payees.</source>
        <extracomment>Shown and spoken when there are no saved payees.</extracomment>
        <translation>You have no saved payees.</translation>
    </message>
    <message>
        <source>1 saved payee.</source>
        <extracomment>Shown and spoken when there is exactly one saved payee.</extracomment>
        <translation>1 saved payee.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved payees.</source>
        <extracomment>Shown and spoken after the payees loaded; %n is how many.</extracomment>
        <translation>
            <numerusform>%n saved payee.</numerusform>
            <numerusform>%n saved payees.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {payee}? You will need to add them again to pay them.</source>
        <extracomment>Question before deleting a payee; {payee} is the payee sentence (name, account ending).</extracomment>
        <translation>Delete {payee}? You will need to add them again to pay them.</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button that confirms deleting the payee.</extracomment>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{name} was not deleted.</source>
        <extracomment>Spoken when the customer cancels deleting a payee; {name} is the payee&apos;s name.</extracomment>
        <translation>{name} was not deleted.</translation>
    </message>
    <message>
        <source>Deleting the payee</source>
        <extracomment>Progress announced while a payee is deleted.</extracomment>
        <translation>Deleting the payee</translation>
    </message>
    <message>
        <source>Adding the payee and checking the name</source>
        <extracomment>Progress announced while the bank saves and checks a new payee.</extracomment>
        <translation>Adding the payee and checking the name</translation>
    </message>
</context>
<context>
    <name>PaymentAmountField</name>
    <message>
        <source>Amount in {currency}</source>
        <extracomment>Label of a payment&apos;s amount field; {currency} is the paying account&apos;s currency code.</extracomment>
        <translation>Amount in {currency}</translation>
    </message>
    <message>
        <source>Digits and a decimal point, for example 120.50.</source>
        <extracomment>Hint under a payment&apos;s amount field.</extracomment>
        <translation>Digits and a decimal point, for example 120.50.</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <extracomment>Spoken when a payment&apos;s amount field is left; {amount} is the amount in words.</extracomment>
        <translation>Amount: {amount}</translation>
    </message>
</context>
<context>
    <name>PaymentFlow</name>
    <message>
        <source>Preparing the payment for review</source>
        <extracomment>Progress announced while the bank prepares a payment for review.</extracomment>
        <translation>Preparing the payment for review</translation>
    </message>
    <message>
        <source>Sending a one-time code</source>
        <extracomment>Progress announced while the bank sends a one-time code.</extracomment>
        <translation>Sending a one-time code</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <extracomment>Progress announced while the bank checks the one-time code.</extracomment>
        <translation>Checking the code</translation>
    </message>
    <message>
        <source>Sending the payment</source>
        <extracomment>Progress announced while the payment is being sent to the bank.</extracomment>
        <translation>Sending the payment</translation>
    </message>
    <message>
        <source>We don&apos;t know yet whether the payment went through. We are checking — do not send it again.</source>
        <extracomment>Shown and read aloud when a payment was sent but its outcome cannot be known yet.</extracomment>
        <translation>We don&apos;t know yet whether the payment went through. We are checking — do not send it again.</translation>
    </message>
    <message>
        <source>Payment status: {status}</source>
        <extracomment>Payment status line; {status} is e.g. &quot;Received by the bank&quot;, &quot;Completed&quot;.
----------
Spoken payment status; {status} is the spoken status sentence.</extracomment>
        <translation>Payment status: {status}</translation>
    </message>
    <message>
        <source>We checked with the bank: it was paid exactly once.</source>
        <extracomment>Added after a payment whose outcome was unknown turned out to have been made.</extracomment>
        <translation>We checked with the bank: it was paid exactly once.</translation>
    </message>
</context>
<context>
    <name>PaymentSteps</name>
    <message>
        <source>Check the payment</source>
        <extracomment>Heading of the page that shows a payment for checking before it is approved.</extracomment>
        <translation>Check the payment</translation>
    </message>
    <message>
        <source>Send the code by</source>
        <extracomment>Label of the list that chooses how the one-time code is sent.</extracomment>
        <translation>Send the code by</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <extracomment>One-time code channel: text message.</extracomment>
        <translation>Text message (SMS)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>One-time code channel: e-mail.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Voice call</source>
        <extracomment>One-time code channel: an automated phone call that reads the code.</extracomment>
        <translation>Voice call</translation>
    </message>
    <message>
        <source>Security token</source>
        <extracomment>One-time code channel: the customer&apos;s security token device.</extracomment>
        <translation>Security token</translation>
    </message>
    <message>
        <source>Confirm and send code</source>
        <extracomment>Button on the review page: the customer confirms the payment and asks for the code.</extracomment>
        <translation>Confirm and send code</translation>
    </message>
    <message>
        <source>Back to edit</source>
        <extracomment>Button that goes back to the payment form, keeping what was typed.
----------
Button that goes back to the payment form; a new code will be needed.</extracomment>
        <translation>Back to edit</translation>
    </message>
    <message>
        <source>Approve with your code</source>
        <extracomment>Heading of the page where the one-time code is typed.</extracomment>
        <translation>Approve with your code</translation>
    </message>
    <message>
        <source>One-time code</source>
        <extracomment>Label of the one-time code field.</extracomment>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>6 digits. You can paste it; spaces are fine.</source>
        <extracomment>Hint under the one-time code field.</extracomment>
        <translation>6 digits. You can paste it; spaces are fine.</translation>
    </message>
    <message>
        <source>Approve and pay</source>
        <extracomment>Button that checks the code and sends the payment.</extracomment>
        <translation>Approve and pay</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <extracomment>Button that asks the bank for a new one-time code.</extracomment>
        <translation>Send a new code</translation>
    </message>
    <message>
        <source>Payment status</source>
        <extracomment>Heading of the page that follows a sent payment.</extracomment>
        <translation>Payment status</translation>
    </message>
    <message>
        <source>Send it again</source>
        <extracomment>Button that sends a payment again after it certainly did not reach the bank.</extracomment>
        <translation>Send it again</translation>
    </message>
    <message>
        <source>Make another payment</source>
        <extracomment>Button that starts a new payment after this one ended.</extracomment>
        <translation>Make another payment</translation>
    </message>
    <message>
        <source>Go to accounts</source>
        <extracomment>Button that opens the accounts screen.</extracomment>
        <translation>Go to accounts</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Review page: the payment is made at once.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Review page: the payment has no reference.</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>No fee</source>
        <extracomment>Review page: the bank charges no fee for this payment.</extracomment>
        <translation>No fee</translation>
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
        <translation>To: {payee}
Account ending: {last4}
Amount: {amount}
From: {source}
Date: {when}
Reference: {reference}
Fee: {fee}</translation>
    </message>
    <message>
        <source>Amount in capitals: {capitals}</source>
        <extracomment>Review page, Chinese only: the amount in financial capitals (大写), e.g. 人民币叁仟贰佰元伍角.</extracomment>
        <translation>Amount in capitals: {capitals}</translation>
    </message>
    <message>
        <source>Check this payment. Pay {amount} to {payee}, account ending {last4}, from {source}. Date: {when}. Reference: {reference}. Fee: {fee}. Confirm to get a one-time code.</source>
        <extracomment>Review summary read aloud before approving; the amount is in words.</extracomment>
        <translation>Check this payment. Pay {amount} to {payee}, account ending {last4}, from {source}. Date: {when}. Reference: {reference}. Fee: {fee}. Confirm to get a one-time code.</translation>
    </message>
    <message>
        <source>Sending the payment…</source>
        <extracomment>Status while the payment is on its way to the bank.</extracomment>
        <translation>Sending the payment…</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>{section} is not available in this version yet.</source>
        <extracomment>Shown in a section whose screen is not part of this build yet; {section} is its name.</extracomment>
        <translation>{section} is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <source>Products</source>
        <extracomment>Heading of the products screen.
----------
Window title part for the products screen.</extracomment>
        <translation>Products</translation>
    </message>
    <message>
        <source>The product behind each of your accounts and its terms. This page only shows information.</source>
        <extracomment>Introduction on the products screen.</extracomment>
        <translation>The product behind each of your accounts and its terms. This page only shows information.</translation>
    </message>
    <message>
        <source>Your products</source>
        <extracomment>Label of the text that lists the products of each account.</extracomment>
        <translation>Your products</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button that loads the products again.</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Loading your products.</source>
        <extracomment>Shown and spoken while the products are loading.</extracomment>
        <translation>Loading your products.</translation>
    </message>
    <message>
        <source>Products of 1 account shown.</source>
        <extracomment>Shown and spoken when the products of the customer&apos;s only account are shown.</extracomment>
        <translation>Products of 1 account shown.</translation>
    </message>
    <message numerus="yes">
        <source>Products of %n accounts shown.</source>
        <extracomment>Shown and spoken when the products are shown; %n is the number of accounts.</extracomment>
        <translation>
            <numerusform>Products of %n account shown.</numerusform>
            <numerusform>Products of %n accounts shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>No products to show yet.</source>
        <extracomment>Shown in the products text before anything is loaded.</extracomment>
        <translation>No products to show yet.</translation>
    </message>
    <message>
        <source>Product</source>
        <extracomment>Products text when the bank names no product for an account. Products text: label of the product&apos;s name.</extracomment>
        <translation>Product</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Products text: label of the product&apos;s type (for example personal current account).</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Terms</source>
        <extracomment>Products text: label of the product&apos;s terms (rate, term, how to take money out).</extracomment>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Product reference</source>
        <extracomment>Products text: label of the bank&apos;s reference for the product.</extracomment>
        <translation>Product reference</translation>
    </message>
    <message>
        <source>Personal current account</source>
        <extracomment>OB product type PersonalCurrentAccount, in words.</extracomment>
        <translation>Personal current account</translation>
    </message>
    <message>
        <source>Business current account</source>
        <extracomment>OB product type BusinessCurrentAccount, in words.</extracomment>
        <translation>Business current account</translation>
    </message>
    <message>
        <source>Savings account</source>
        <extracomment>OB product type SavingsAccount, in words.</extracomment>
        <translation>Savings account</translation>
    </message>
    <message>
        <source>Commercial credit card</source>
        <extracomment>OB product type CommercialCreditCard, in words.</extracomment>
        <translation>Commercial credit card</translation>
    </message>
    <message>
        <source>Loan</source>
        <extracomment>OB product type Loan, in words.</extracomment>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <extracomment>OB product type Mortgage, in words.</extracomment>
        <translation>Mortgage</translation>
    </message>
    <message>
        <source>Other product</source>
        <extracomment>OB product type Other (a product the bank describes itself), in words.</extracomment>
        <translation>Other product</translation>
    </message>
</context>
<context>
    <name>ProfileControls</name>
    <message>
        <source>Follow the system</source>
        <extracomment>Theme choice: follow the operating system&apos;s light or dark colours.</extracomment>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Theme choice: the normal light colours.</extracomment>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Theme choice: dark colours.</extracomment>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast dark</source>
        <extracomment>Theme choice: white on black, high contrast.</extracomment>
        <translation>High contrast dark</translation>
    </message>
    <message>
        <source>High contrast light</source>
        <extracomment>Theme choice: black on white, high contrast.</extracomment>
        <translation>High contrast light</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <extracomment>Theme choice: yellow text on black.</extracomment>
        <translation>Yellow on black</translation>
    </message>
    <message>
        <source>No headphones are connected. The voice and sounds stay silent until you plug them in.</source>
        <extracomment>Announced when the voice may only use headphones and none are plugged in.</extracomment>
        <translation>No headphones are connected. The voice and sounds stay silent until you plug them in.</translation>
    </message>
    <message>
        <source>Colours</source>
        <extracomment>Label of the colour theme choice.</extracomment>
        <translation>Colours</translation>
    </message>
    <message>
        <source>How much the voice says</source>
        <extracomment>Label of the verbosity choice (how much the app&apos;s voice says about each control).</extracomment>
        <translation>How much the voice says</translation>
    </message>
    <message>
        <source>Everything (beginner)</source>
        <extracomment>Verbosity choice: name, type, value, shortcut and hint of each control.</extracomment>
        <translation>Everything (beginner)</translation>
    </message>
    <message>
        <source>Short (expert)</source>
        <extracomment>Verbosity choice: name and value only.</extracomment>
        <translation>Short (expert)</translation>
    </message>
    <message>
        <source>Say typed characters</source>
        <extracomment>Check box: the voice says each typed character (never in password or code fields).</extracomment>
        <translation>Say typed characters</translation>
    </message>
    <message>
        <source>Password and code fields only ever say star.</source>
        <extracomment>Description of the typed-echo check box: secrets are never spoken.</extracomment>
        <translation>Password and code fields only ever say star.</translation>
    </message>
    <message>
        <source>Low-vision font</source>
        <extracomment>Check box: use Atkinson Hyperlegible, a font made for low vision (Chinese keeps the system font).</extracomment>
        <translation>Low-vision font</translation>
    </message>
    <message>
        <source>Atkinson Hyperlegible: letters and digits that are hard to confuse.</source>
        <extracomment>Description of the low-vision font check box.</extracomment>
        <translation>Atkinson Hyperlegible: letters and digits that are hard to confuse.</translation>
    </message>
    <message>
        <source>Line spacing (percent)</source>
        <extracomment>Label of the line spacing control, in percent of the normal spacing (100 to 200).</extracomment>
        <translation>Line spacing (percent)</translation>
    </message>
    <message>
        <source>For statements, product sheets and chat.</source>
        <extracomment>Hint under the line spacing control.</extracomment>
        <translation>For statements, product sheets and chat.</translation>
    </message>
    <message>
        <source>Sounds for success and errors</source>
        <extracomment>Check box: short sounds for success, warning and error (each also shown as a mark).</extracomment>
        <translation>Sounds for success and errors</translation>
    </message>
    <message>
        <source>The status line also shows ✓, ⚠ or ✗ with each sound.</source>
        <extracomment>Description of the sounds check box: the status line always shows a mark with each sound.</extracomment>
        <translation>The status line also shows ✓, ⚠ or ✗ with each sound.</translation>
    </message>
    <message>
        <source>Headphones only</source>
        <extracomment>Check box: the voice and the sounds play only through headphones (privacy in public places).</extracomment>
        <translation>Headphones only</translation>
    </message>
    <message>
        <source>The voice and sounds stay silent without headphones.</source>
        <extracomment>Description of the headphones-only check box.</extracomment>
        <translation>The voice and sounds stay silent without headphones.</translation>
    </message>
    <message>
        <source>Voice pitch</source>
        <extracomment>Label of the voice pitch control (0 to 99, 50 is normal).</extracomment>
        <translation>Voice pitch</translation>
    </message>
    <message>
        <source>Voice volume (percent)</source>
        <extracomment>Label of the voice volume control, in percent.</extracomment>
        <translation>Voice volume (percent)</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <extracomment>Label of the time limit choice (auto-lock when idle).</extracomment>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <source>Off means no time limit. A warning comes first; F5 gives more time.</source>
        <extracomment>Hint under the time limit choice.</extracomment>
        <translation>Off means no time limit. A warning comes first; F5 gives more time.</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Time limit choice: never lock.</extracomment>
        <translation>Off</translation>
    </message>
    <message>
        <source>After {minutes} minutes</source>
        <extracomment>Time limit choice; {minutes} is a number like 5 or 50.</extracomment>
        <translation>After {minutes} minutes</translation>
    </message>
    <message>
        <source>Export profile</source>
        <extracomment>Button that saves the accessibility profile to a file (to take to another computer).</extracomment>
        <translation>Export profile</translation>
    </message>
    <message>
        <source>Import profile</source>
        <extracomment>Button that reads an accessibility profile file.</extracomment>
        <translation>Import profile</translation>
    </message>
    <message>
        <source>Colours: {theme}.</source>
        <extracomment>Announced after the colour theme changed; {theme} is its name.</extracomment>
        <translation>Colours: {theme}.</translation>
    </message>
    <message>
        <source>Lock when idle: {choice}.</source>
        <extracomment>Announced after the idle time limit changed; {choice} is &quot;Off&quot; or &quot;After 10 minutes&quot;.</extracomment>
        <translation>Lock when idle: {choice}.</translation>
    </message>
    <message>
        <source>The profile could not be saved there.</source>
        <extracomment>Announced when the profile file could not be written.</extracomment>
        <translation>The profile could not be saved there.</translation>
    </message>
    <message>
        <source>Profile saved as {name}.</source>
        <extracomment>Announced after the profile was exported; {name} is the file name.</extracomment>
        <translation>Profile saved as {name}.</translation>
    </message>
    <message>
        <source>That file is not an accessibility profile.</source>
        <extracomment>Announced when the chosen file is not a readable accessibility profile.</extracomment>
        <translation>That file is not an accessibility profile.</translation>
    </message>
    <message>
        <source>Profile imported and applied.</source>
        <extracomment>Announced after a profile was imported and applied.</extracomment>
        <translation>Profile imported and applied.</translation>
    </message>
</context>
<context>
    <name>QuickMenu</name>
    <message>
        <source>Quick menu: {entries}.</source>
        <extracomment>The quick menu read aloud; {entries} is like &quot;1, Pay electricity bill; 2, Send 200 yuan to Mum&quot;.</extracomment>
        <translation>Quick menu: {entries}.</translation>
    </message>
    <message>
        <source>Getting your quick menu action ready</source>
        <extracomment>Progress announced while a quick menu action checks its payee, biller or account.</extracomment>
        <translation>Getting your quick menu action ready</translation>
    </message>
    <message>
        <source>Reading the balance</source>
        <extracomment>Progress announced while a quick menu action reads an account&apos;s balance.</extracomment>
        <translation>Reading the balance</translation>
    </message>
    <message>
        <source>{name}: the bank did not give a balance.</source>
        <extracomment>Said when the bank gave no balance for an account; {name} e.g. &quot;Savings account&quot;.</extracomment>
        <translation>{name}: the bank did not give a balance.</translation>
    </message>
    <message>
        <source>{name}, ending {last4}: balance {amount}.</source>
        <extracomment>A balance read by a quick menu action; {name} e.g. &quot;Savings account&quot;, {amount} in words.</extracomment>
        <translation>{name}, ending {last4}: balance {amount}.</translation>
    </message>
    <message>
        <source>Pay a bill</source>
        <extracomment>Kind of quick menu action: pay a utility bill.</extracomment>
        <translation>Pay a bill</translation>
    </message>
    <message>
        <source>Send money to a saved payee</source>
        <extracomment>Kind of quick menu action: send money to a saved payee.</extracomment>
        <translation>Send money to a saved payee</translation>
    </message>
    <message>
        <source>Read the balance of an account</source>
        <extracomment>Kind of quick menu action: say the balance of an account.</extracomment>
        <translation>Read the balance of an account</translation>
    </message>
    <message>
        <source>Open a screen</source>
        <extracomment>Kind of quick menu action: open one of the app&apos;s screens.</extracomment>
        <translation>Open a screen</translation>
    </message>
    <message>
        <source>What the action does</source>
        <extracomment>Label of the list of kinds of quick menu action.</extracomment>
        <translation>What the action does</translation>
    </message>
    <message>
        <source>Your number on the bill</source>
        <extracomment>Label of the bill number field of a quick menu action.</extracomment>
        <translation>Your number on the bill</translation>
    </message>
    <message>
        <source>As printed on your bill.</source>
        <extracomment>Hint under the bill number field of a quick menu action.</extracomment>
        <translation>As printed on your bill.</translation>
    </message>
    <message>
        <source>Screen to open</source>
        <extracomment>Label of the list of screens a quick menu action can open.</extracomment>
        <translation>Screen to open</translation>
    </message>
    <message>
        <source>Name of the action</source>
        <extracomment>Label of the name field of a quick menu action.</extracomment>
        <translation>Name of the action</translation>
    </message>
    <message>
        <source>What you will hear for it, for example Send 200 yuan to Mum.</source>
        <extracomment>Hint under the name field of a quick menu action.</extracomment>
        <translation>What you will hear for it, for example Send 200 yuan to Mum.</translation>
    </message>
    <message>
        <source>Payee</source>
        <extracomment>Label of the list of saved payees in the quick menu editor.</extracomment>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Biller</source>
        <extracomment>Label of the list of billers in the quick menu editor.</extracomment>
        <translation>Biller</translation>
    </message>
    <message>
        <source>Save action</source>
        <extracomment>Button that saves the quick menu action being edited.</extracomment>
        <translation>Save action</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that closes the quick menu editor without saving.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{category}: {name}</source>
        <extracomment>A biller in the quick menu editor; {category} e.g. Electricity, {name} the company.</extracomment>
        <translation>{category}: {name}</translation>
    </message>
    <message>
        <source>Pay from account</source>
        <extracomment>Label of the account list of a quick menu payment.</extracomment>
        <translation>Pay from account</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Label of the account list of a quick menu action that reads a balance.</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <extracomment>Label of the amount of a quick menu payment; {currency} is the paying account&apos;s currency.</extracomment>
        <translation>Amount in {currency}</translation>
    </message>
    <message>
        <source>Checked again on the review page before anything is sent.</source>
        <extracomment>Hint under the amount of a quick menu payment.</extracomment>
        <translation>Checked again on the review page before anything is sent.</translation>
    </message>
    <message>
        <source>Pay {category} bill</source>
        <extracomment>Suggested name of a quick bill payment; {category} e.g. Electricity.</extracomment>
        <translation>Pay {category} bill</translation>
    </message>
    <message>
        <source>Read balance of {account}</source>
        <extracomment>Suggested name of a quick action that reads a balance; {account} e.g. &quot;Savings account&quot;.</extracomment>
        <translation>Read balance of {account}</translation>
    </message>
    <message>
        <source>Open {screen}</source>
        <extracomment>Suggested name of a quick action that opens a screen; {screen} e.g. &quot;History&quot;.</extracomment>
        <translation>Open {screen}</translation>
    </message>
    <message>
        <source>Send money to {payee}</source>
        <extracomment>Suggested name of a quick payment before its amount is typed; {payee} the payee&apos;s name.</extracomment>
        <translation>Send money to {payee}</translation>
    </message>
    <message>
        <source>Send {amount} to {payee}</source>
        <extracomment>Suggested name of a quick payment; {amount} e.g. &quot;¥20.00&quot;, {payee} the payee&apos;s name.</extracomment>
        <translation>Send {amount} to {payee}</translation>
    </message>
    <message>
        <source>Your own shortcuts. Alt+1 to Alt+9 run the actions below from any screen, and Alt+0 reads this list aloud. A payment always stops at the review page, so you check it and confirm it with your code.</source>
        <extracomment>Introduction on the quick menu screen.</extracomment>
        <translation>Your own shortcuts. Alt+1 to Alt+9 run the actions below from any screen, and Alt+0 reads this list aloud. A payment always stops at the review page, so you check it and confirm it with your code.</translation>
    </message>
    <message>
        <source>Your quick menu</source>
        <extracomment>Label of the list of the nine quick menu entries.</extracomment>
        <translation>Your quick menu</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>Button that runs the selected quick menu action (same as its Alt+number key).</extracomment>
        <translation>Run</translation>
    </message>
    <message>
        <source>Add or edit</source>
        <extracomment>Button that edits the selected quick menu entry (or sets up an empty one).</extracomment>
        <translation>Add or edit</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button that removes the selected quick menu action.</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>Button that moves the selected quick menu action one place up (to the key before).</extracomment>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <extracomment>Button that moves the selected quick menu action one place down (to the key after).</extracomment>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Read the menu aloud</source>
        <extracomment>Button that reads the whole quick menu aloud (same as Alt+0).</extracomment>
        <translation>Read the menu aloud</translation>
    </message>
    <message>
        <source>Quick menu</source>
        <extracomment>Title of the quick menu screen.</extracomment>
        <translation>Quick menu</translation>
    </message>
    <message>
        <source>Loading your accounts, payees and billers</source>
        <extracomment>Progress announced while the quick menu screen loads accounts, payees and billers.</extracomment>
        <translation>Loading your accounts, payees and billers</translation>
    </message>
    <message>
        <source>{key}: empty</source>
        <extracomment>An empty quick menu entry; {key} is its key, e.g. Alt+4.</extracomment>
        <translation>{key}: empty</translation>
    </message>
    <message>
        <source>{key}: {label} (cannot run: edit or remove it)</source>
        <extracomment>A quick menu entry whose payee, biller or account is gone; {key} e.g. Alt+1, {label} its name.</extracomment>
        <translation>{key}: {label} (cannot run: edit or remove it)</translation>
    </message>
    <message>
        <source>{key}: {label}</source>
        <extracomment>A quick menu entry; {key} is its key (Alt+1), {label} the name the customer gave it.</extracomment>
        <translation>{key}: {label}</translation>
    </message>
    <message>
        <source>Removed {label}. The actions after it moved up one key.</source>
        <extracomment>Said after a quick menu action was removed; {label} is its name.</extracomment>
        <translation>Removed {label}. The actions after it moved up one key.</translation>
    </message>
    <message>
        <source>{label} is now on {key}.</source>
        <extracomment>Said after a quick menu action moved; {label} its name, {key} its new key (Alt+2).</extracomment>
        <translation>{label} is now on {key}.</translation>
    </message>
    <message>
        <source>Action on {key}</source>
        <extracomment>Title of the quick menu editor; {key} is the key the action will run on, e.g. Alt+2.</extracomment>
        <translation>Action on {key}</translation>
    </message>
    <message>
        <source>Saved. {key} now runs {label}.</source>
        <extracomment>Said after a quick menu action was saved; {label} its name, {key} its key (Alt+1).</extracomment>
        <translation>Saved. {key} now runs {label}.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <extracomment>Said when the quick menu editor is closed without saving.</extracomment>
        <translation>Not saved.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Sign in</source>
        <extracomment>Name of the sign-in page (window title while signed out).</extracomment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Accounts</source>
        <extracomment>Navigation entry: the list of the customer&apos;s accounts and balances.</extracomment>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Navigation entry: transaction history of an account.</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Navigation entry: send money to a payee or between own accounts.</extracomment>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Pay bills</source>
        <extracomment>Navigation entry: pay a utility bill (electricity, water, gas, ...).</extracomment>
        <translation>Pay bills</translation>
    </message>
    <message>
        <source>Payees</source>
        <extracomment>Navigation entry: saved people and companies to pay.</extracomment>
        <translation>Payees</translation>
    </message>
    <message>
        <source>Products</source>
        <extracomment>Navigation entry: the bank&apos;s products on each account (rates, fees).</extracomment>
        <translation>Products</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>Navigation entry: text chat with the bank&apos;s support (an assistant, then a person).</extracomment>
        <translation>Support</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation entry: text size, voice and contrast preferences.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Navigation entry: keyboard shortcuts and how to use the app.</extracomment>
        <translation>Help</translation>
    </message>
    <message>
        <source>Wealth</source>
        <extracomment>Section: wealth products (questionnaire, buy, sell, holdings).</extracomment>
        <translation>Wealth</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>Section: cards (freeze, unfreeze, activate, report lost, limits, credit card repayment).</extracomment>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Security</source>
        <extracomment>Section: password, code channels and the accessibility profile.</extracomment>
        <translation>Security</translation>
    </message>
    <message>
        <source>Quick menu</source>
        <extracomment>Section: the customer&apos;s own quick menu (Alt+1 … Alt+9): list, add, edit, order, run.</extracomment>
        <translation>Quick menu</translation>
    </message>
    <message>
        <source>Enrol</source>
        <extracomment>Page: enrol in online banking (before sign-in, from the sign-in page).</extracomment>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <extracomment>Page: the accessibility statement and feedback form (from Help).</extracomment>
        <translation>Accessibility</translation>
    </message>
</context>
<context>
    <name>SecurityScreen</name>
    <message>
        <source>Security and accessibility profile</source>
        <extracomment>Heading of the security screen.</extracomment>
        <translation>Security and accessibility profile</translation>
    </message>
    <message>
        <source>Accessibility profile</source>
        <extracomment>Group title of the accessibility profile.</extracomment>
        <translation>Accessibility profile</translation>
    </message>
    <message>
        <source>Keep a profile</source>
        <extracomment>Check box that keeps an accessibility profile (optional; it can be changed at any time).</extracomment>
        <translation>Keep a profile</translation>
    </message>
    <message>
        <source>Optional. You can change or remove it at any time.</source>
        <extracomment>Description of the accessibility profile check box.</extracomment>
        <translation>Optional. You can change or remove it at any time.</translation>
    </message>
    <message>
        <source>Save accessibility profile</source>
        <extracomment>Button that saves the accessibility profile (no code needed).</extracomment>
        <translation>Save accessibility profile</translation>
    </message>
    <message>
        <source>New password</source>
        <extracomment>Label of the new password.</extracomment>
        <translation>New password</translation>
    </message>
    <message>
        <source>Change password</source>
        <extracomment>Button that reviews the password change.</extracomment>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Send my codes by</source>
        <extracomment>Group title of the code channels.</extracomment>
        <translation>Send my codes by</translation>
    </message>
    <message>
        <source>Change code channels</source>
        <extracomment>Button that reviews the code channel change.</extracomment>
        <translation>Change code channels</translation>
    </message>
    <message>
        <source>Confirm</source>
        <extracomment>Title of the confirmation panel.</extracomment>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Send this code by</source>
        <extracomment>Label of where this code goes.</extracomment>
        <translation>Send this code by</translation>
    </message>
    <message>
        <source>Send code</source>
        <extracomment>Button that sends the code.</extracomment>
        <translation>Send code</translation>
    </message>
    <message>
        <source>One-time code</source>
        <extracomment>Label of the code field.</extracomment>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Confirm change</source>
        <extracomment>Button that confirms the change.</extracomment>
        <translation>Confirm change</translation>
    </message>
    <message>
        <source>Security</source>
        <extracomment>Window title part for the security screen.</extracomment>
        <translation>Security</translation>
    </message>
    <message>
        <source>Loading your security settings.</source>
        <extracomment>Shown and spoken while the profile loads.</extracomment>
        <translation>Loading your security settings.</translation>
    </message>
    <message>
        <source>Codes are sent by: {channels}. Accessibility profile: {profile}.</source>
        <extracomment>Summary; {channels} the code channels, {profile} whether an accessibility profile is kept.</extracomment>
        <translation>Codes are sent by: {channels}. Accessibility profile: {profile}.</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>Accessibility profile state in the summary: kept.</extracomment>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>Accessibility profile state in the summary: not kept.</extracomment>
        <translation>off</translation>
    </message>
    <message>
        <source>Saving.</source>
        <extracomment>Shown and spoken while the profile is saved.</extracomment>
        <translation>Saving.</translation>
    </message>
    <message>
        <source>Saved. {summary}</source>
        <extracomment>Spoken after saving the accessibility profile.</extracomment>
        <translation>Saved. {summary}</translation>
    </message>
    <message>
        <source>Preparing.</source>
        <extracomment>Shown and spoken while the change is prepared.</extracomment>
        <translation>Preparing.</translation>
    </message>
    <message>
        <source>Send a one-time code to confirm the change. Your other sessions will be signed out.</source>
        <extracomment>Spoken when a change awaits its code.</extracomment>
        <translation>Send a one-time code to confirm the change. Your other sessions will be signed out.</translation>
    </message>
    <message>
        <source>Sending a one-time code.</source>
        <extracomment>Shown and spoken while the one-time code for a security change is being sent.</extracomment>
        <translation>Sending a one-time code.</translation>
    </message>
    <message>
        <source>Confirming.</source>
        <extracomment>Shown and spoken while the security change is confirmed with the code.</extracomment>
        <translation>Confirming.</translation>
    </message>
    <message numerus="yes">
        <source>Changed. %n other session(s) signed out.</source>
        <extracomment>Spoken after a change; %n is how many other sessions were signed out.</extracomment>
        <translation>
            <numerusform>Changed. %n other session signed out.</numerusform>
            <numerusform>Changed. %n other session(s) signed out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfVoice</name>
    <message>
        <source>check box</source>
        <extracomment>Spoken role name of a control (self-voicing): check box.</extracomment>
        <translation>check box</translation>
    </message>
    <message>
        <source>radio button</source>
        <extracomment>Spoken role name of a control (self-voicing): radio button.</extracomment>
        <translation>radio button</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>Spoken role name of a control (self-voicing): button.</extracomment>
        <translation>button</translation>
    </message>
    <message>
        <source>combo box</source>
        <extracomment>Spoken role name of a control (self-voicing): combo box.</extracomment>
        <translation>combo box</translation>
    </message>
    <message>
        <source>spin box</source>
        <extracomment>Spoken role name of a control (self-voicing): spin box.</extracomment>
        <translation>spin box</translation>
    </message>
    <message>
        <source>password field</source>
        <extracomment>Spoken role name of a control (self-voicing): password field.</extracomment>
        <translation>password field</translation>
    </message>
    <message>
        <source>edit field</source>
        <extracomment>Spoken role name of a control (self-voicing): edit field.</extracomment>
        <translation>edit field</translation>
    </message>
    <message>
        <source>text area</source>
        <extracomment>Spoken role name of a control (self-voicing): text area.</extracomment>
        <translation>text area</translation>
    </message>
    <message>
        <source>list</source>
        <extracomment>Spoken role name of a control (self-voicing): list.</extracomment>
        <translation>list</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>Spoken role name of a control (self-voicing): text.</extracomment>
        <translation>text</translation>
    </message>
    <message>
        <source>{count} characters entered</source>
        <extracomment>Spoken value of a password or code field: how many characters, never which.</extracomment>
        <translation>{count} characters entered</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>Spoken value of an empty field (self-voicing).</extracomment>
        <translation>empty</translation>
    </message>
    <message>
        <source>checked</source>
        <extracomment>Spoken state of a ticked check box (self-voicing).</extracomment>
        <translation>checked</translation>
    </message>
    <message>
        <source>not checked</source>
        <extracomment>Spoken state of an unticked check box (self-voicing).</extracomment>
        <translation>not checked</translation>
    </message>
    <message>
        <source>shortcut {keys}</source>
        <extracomment>Spoken after a control&apos;s name: its keyboard shortcut, e.g. &quot;shortcut Alt+1&quot;.</extracomment>
        <translation>shortcut {keys}</translation>
    </message>
    <message>
        <source>delete</source>
        <extracomment>Spoken when a character is deleted with Backspace.</extracomment>
        <translation>delete</translation>
    </message>
    <message>
        <source>star</source>
        <extracomment>Spoken for each key typed into a password or code field, instead of the character.</extracomment>
        <translation>star</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>Spoken name of a typed key (self-voicing echo): space.</extracomment>
        <translation>space</translation>
    </message>
    <message>
        <source>Screen: {title}.</source>
        <extracomment>Answer to &quot;where am I&quot;: the screen&apos;s title, then the focused control.</extracomment>
        <translation>Screen: {title}.</translation>
    </message>
    <message>
        <source>No row has focus.</source>
        <extracomment>Said by &quot;read this row&quot; when the focus is not in a list or table.</extracomment>
        <translation>No row has focus.</translation>
    </message>
</context>
<context>
    <name>SessionTimer</name>
    <message>
        <source>More time given. Take as long as you need.</source>
        <extracomment>Said when the user asked for more time before the session locks.</extracomment>
        <translation>More time given. Take as long as you need.</translation>
    </message>
    <message>
        <source>The app locks in {seconds} seconds. Press {key} or any key for more time.</source>
        <extracomment>Warning before auto-lock; {seconds} is a number, {key} the &quot;more time&quot; key (F5).</extracomment>
        <translation>The app locks in {seconds} seconds. Press {key} or any key for more time.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <extracomment>Title of the settings screen.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Text size (percent)</source>
        <extracomment>Label of the text size control; the value is a percentage from 100 to 400.</extracomment>
        <translation>Text size (percent)</translation>
    </message>
    <message>
        <source>From 100 to 400. Ctrl+Plus and Ctrl+Minus also change it.</source>
        <extracomment>Hint under the text size control.</extracomment>
        <translation>From 100 to 400. Ctrl+Plus and Ctrl+Minus also change it.</translation>
    </message>
    <message>
        <source>Voice</source>
        <extracomment>Check box that turns the app&apos;s own voice on or off (short: it cannot wrap at large text).</extracomment>
        <translation>Voice</translation>
    </message>
    <message>
        <source>The app reads its messages aloud with its own voice, besides any screen reader.</source>
        <extracomment>Description of the Voice check box.</extracomment>
        <translation>The app reads its messages aloud with its own voice, besides any screen reader.</translation>
    </message>
    <message>
        <source>Speaking rate (words per minute)</source>
        <extracomment>Label of the speaking rate control, in words per minute.</extracomment>
        <translation>Speaking rate (words per minute)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Check box for the black, white and yellow high-contrast colours (short: it cannot wrap).</extracomment>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Label of the language choice.</extracomment>
        <translation>Language</translation>
    </message>
    <message>
        <source>The whole app changes language at once.</source>
        <extracomment>Hint under the language choice.</extracomment>
        <translation>The whole app changes language at once.</translation>
    </message>
    <message>
        <source>Language: {language}.</source>
        <extracomment>Announced (in the new language) after the language changed; {language} is its name.</extracomment>
        <translation>Language: {language}.</translation>
    </message>
    <message>
        <source>Voice on.</source>
        <extracomment>Announced when the app&apos;s own voice is turned on.</extracomment>
        <translation>Voice on.</translation>
    </message>
    <message>
        <source>Voice off.</source>
        <extracomment>Announced when the app&apos;s own voice is turned off.</extracomment>
        <translation>Voice off.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Go to Accounts</source>
        <extracomment>Shortcut description: go to the Accounts section.</extracomment>
        <translation>Go to Accounts</translation>
    </message>
    <message>
        <source>Go to History</source>
        <extracomment>Shortcut description: go to the History section.</extracomment>
        <translation>Go to History</translation>
    </message>
    <message>
        <source>Go to Transfer</source>
        <extracomment>Shortcut description: go to the Transfer section.</extracomment>
        <translation>Go to Transfer</translation>
    </message>
    <message>
        <source>Go to Pay bills</source>
        <extracomment>Shortcut description: go to the Pay bills section.</extracomment>
        <translation>Go to Pay bills</translation>
    </message>
    <message>
        <source>Go to Payees</source>
        <extracomment>Shortcut description: go to the Payees section.</extracomment>
        <translation>Go to Payees</translation>
    </message>
    <message>
        <source>Go to Products</source>
        <extracomment>Shortcut description: go to the Products section.</extracomment>
        <translation>Go to Products</translation>
    </message>
    <message>
        <source>Go to Support</source>
        <extracomment>Shortcut description: go to the Support section.</extracomment>
        <translation>Go to Support</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <extracomment>Shortcut description: go to the Settings section.</extracomment>
        <translation>Go to Settings</translation>
    </message>
    <message>
        <source>Go to Help</source>
        <extracomment>Shortcut description: go to the Help section.</extracomment>
        <translation>Go to Help</translation>
    </message>
    <message>
        <source>Run quick menu action {number}</source>
        <extracomment>Shortcut description: run the customer&apos;s own quick menu action; {number} is 1 to 9.</extracomment>
        <translation>Run quick menu action {number}</translation>
    </message>
    <message>
        <source>Read the quick menu aloud</source>
        <extracomment>Shortcut description: read the customer&apos;s quick menu aloud (its numbers and names).</extracomment>
        <translation>Read the quick menu aloud</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <extracomment>Shortcut description: move to the list of sections (Accounts, History, ...) from any screen.</extracomment>
        <translation>Go to the list of sections</translation>
    </message>
    <message>
        <source>Open help</source>
        <extracomment>Shortcut description: open the help screen.</extracomment>
        <translation>Open help</translation>
    </message>
    <message>
        <source>Go back to the previous screen</source>
        <extracomment>Shortcut description: go back to the previous screen.</extracomment>
        <translation>Go back to the previous screen</translation>
    </message>
    <message>
        <source>Repeat the last message</source>
        <extracomment>Shortcut description: say the last message again.</extracomment>
        <translation>Repeat the last message</translation>
    </message>
    <message>
        <source>Make text larger</source>
        <extracomment>Shortcut description: make all text larger.</extracomment>
        <translation>Make text larger</translation>
    </message>
    <message>
        <source>Make text smaller</source>
        <extracomment>Shortcut description: make all text smaller.</extracomment>
        <translation>Make text smaller</translation>
    </message>
    <message>
        <source>Reset text size</source>
        <extracomment>Shortcut description: set text back to normal size.</extracomment>
        <translation>Reset text size</translation>
    </message>
    <message>
        <source>Where am I: the screen and the field</source>
        <extracomment>Shortcut description: say which screen is showing and which control has focus.</extracomment>
        <translation>Where am I: the screen and the field</translation>
    </message>
    <message>
        <source>Read this row</source>
        <extracomment>Shortcut description: read every column of the focused list or table row.</extracomment>
        <translation>Read this row</translation>
    </message>
    <message>
        <source>Read the whole screen</source>
        <extracomment>Shortcut description: read everything on the current screen, top to bottom.</extracomment>
        <translation>Read the whole screen</translation>
    </message>
    <message>
        <source>More time before the app locks</source>
        <extracomment>Shortcut description: restart the idle time before the app locks.</extracomment>
        <translation>More time before the app locks</translation>
    </message>
    <message>
        <source>Screen curtain on or off</source>
        <extracomment>Shortcut description: blank the screen for privacy; speech and the screen reader go on.</extracomment>
        <translation>Screen curtain on or off</translation>
    </message>
    <message>
        <source>Lock the app now</source>
        <extracomment>Shortcut description: lock the app at once (nothing of the accounts shows; the password unlocks it).</extracomment>
        <translation>Lock the app now</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Shortcut description: quit the application (asks first while a payment is in progress).</extracomment>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Emergency: freeze a card, report it lost or ask for help</source>
        <extracomment>Shortcut description: open the emergency panel from any screen.</extracomment>
        <translation>Emergency: freeze a card, report it lost or ask for help</translation>
    </message>
    <message>
        <source>On a branch terminal: call a member of staff</source>
        <extracomment>Shortcut description, on a branch terminal only: call a member of staff to come and help.</extracomment>
        <translation>On a branch terminal: call a member of staff</translation>
    </message>
    <message>
        <source>In the support chat: go to the newest message</source>
        <extracomment>Shortcut description, in the support chat only: move to the newest message.</extracomment>
        <translation>In the support chat: go to the newest message</translation>
    </message>
    <message>
        <source>In the support chat: read the newest message</source>
        <extracomment>Shortcut description, in the support chat only: read the newest message aloud.</extracomment>
        <translation>In the support chat: read the newest message</translation>
    </message>
</context>
<context>
    <name>ShowSecretToggle</name>
    <message>
        <source>Show the code</source>
        <extracomment>Check box under a one-time-code field: shows the typed code instead of stars (off by default).</extracomment>
        <translation>Show the code</translation>
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
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in with your user name and password. You can paste them or use a password manager. There is no time limit.</source>
        <extracomment>Introduction on the sign-in screen.</extracomment>
        <translation>Sign in with your user name and password. You can paste them or use a password manager. There is no time limit.</translation>
    </message>
    <message>
        <source>User name</source>
        <extracomment>Label of the user name field on the sign-in screen.</extracomment>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Label of the password field on the sign-in screen.</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>Show password</source>
        <extracomment>Check box that shows the typed password as plain text.</extracomment>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Send my one-time codes for payments by</source>
        <extracomment>Label of the choice of how one-time codes for payments are sent.</extracomment>
        <translation>Send my one-time codes for payments by</translation>
    </message>
    <message>
        <source>You can change this later in Settings.</source>
        <extracomment>Hint under the one-time code channel choice.</extracomment>
        <translation>You can change this later in Settings.</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <extracomment>One-time code channel: a text message to the customer&apos;s phone.</extracomment>
        <translation>Text message (SMS)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>One-time code channel: an e-mail.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Voice call</source>
        <extracomment>One-time code channel: an automated phone call that reads the code aloud.</extracomment>
        <translation>Voice call</translation>
    </message>
    <message>
        <source>Hardware token</source>
        <extracomment>One-time code channel: the customer&apos;s hardware security token shows the code.</extracomment>
        <translation>Hardware token</translation>
    </message>
    <message>
        <source>New to online banking? Enrol</source>
        <extracomment>Button on the sign-in page for customers who have no online banking yet: opens enrolment.</extracomment>
        <translation>New to online banking? Enrol</translation>
    </message>
    <message>
        <source>Signing in, please wait.</source>
        <extracomment>Spoken and shown while the sign-in request is under way.</extracomment>
        <translation>Signing in, please wait.</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <source>Row {number}</source>
        <extracomment>Accessible name of a transaction row&apos;s (hidden) row header; {number} counts from 1.</extracomment>
        <translation>Row {number}</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column header of the transaction history: the booking date.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>Column header of the transaction history: who was paid or who paid.</extracomment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column header of the transaction history: the amount of the transaction.</extracomment>
        <translation>Amount</translation>
    </message>
    <message>
        <source>In or out</source>
        <extracomment>Column header of the transaction history: money in or money out.</extracomment>
        <translation>In or out</translation>
    </message>
    <message>
        <source>Balance after</source>
        <extracomment>Column header of the transaction history: the account balance after the transaction.</extracomment>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>In</source>
        <extracomment>Transaction history cell: money came into the account.</extracomment>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <extracomment>Transaction history cell: money went out of the account.</extracomment>
        <translation>Out</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Qt date format for dates read aloud in the history (&quot;12 March 2026&quot;); reorder for your language.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>no balance given</source>
        <extracomment>History cell read by a screen reader when the bank gave no balance after this transaction (a pending transaction, or a bank that does not send it); the visible cell is empty.</extracomment>
        <translation>no balance given</translation>
    </message>
    <message>
        <source>balance {balance}</source>
        <extracomment>History cell read by a screen reader: the balance after the transaction, in words.</extracomment>
        <translation>balance {balance}</translation>
    </message>
    <message>
        <source>{date}, {description}, {amount} in</source>
        <extracomment>Whole history row read aloud: date, description, amount, money in.</extracomment>
        <translation>{date}, {description}, {amount} in</translation>
    </message>
    <message>
        <source>{date}, {description}, {amount} out</source>
        <extracomment>Whole history row read aloud: date, description, amount, money out.</extracomment>
        <translation>{date}, {description}, {amount} out</translation>
    </message>
    <message>
        <source>{date}, {description}, {amount} in, balance {balance}</source>
        <extracomment>Whole history row read aloud: date, description, amount in, balance after it.</extracomment>
        <translation>{date}, {description}, {amount} in, balance {balance}</translation>
    </message>
    <message>
        <source>{date}, {description}, {amount} out, balance {balance}</source>
        <extracomment>Whole history row read aloud: date, description, amount out, balance after it.</extracomment>
        <translation>{date}, {description}, {amount} out, balance {balance}</translation>
    </message>
</context>
<context>
    <name>TransferScreen</name>
    <message>
        <source>{name}, ending {last4}, {currency}</source>
        <extracomment>One of the customer&apos;s accounts in a list; {name} nickname, {last4} last 4 digits, {currency} code.</extracomment>
        <translation>{name}, ending {last4}, {currency}</translation>
    </message>
    <message>
        <source>Transfer money</source>
        <extracomment>Heading of the transfer screen.</extracomment>
        <translation>Transfer money</translation>
    </message>
    <message>
        <source>From and to</source>
        <extracomment>Title of the group: which account pays and who receives.</extracomment>
        <translation>From and to</translation>
    </message>
    <message>
        <source>From account</source>
        <extracomment>Label of the list of the customer&apos;s own accounts to pay from.</extracomment>
        <translation>From account</translation>
    </message>
    <message>
        <source>Pay to</source>
        <extracomment>Label of the list of payees (saved ones, or a new one).</extracomment>
        <translation>Pay to</translation>
    </message>
    <message>
        <source>Payment details</source>
        <extracomment>Title of the group with amount, reference and date.</extracomment>
        <translation>Payment details</translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <extracomment>Label of the payment reference field.</extracomment>
        <translation>Reference (optional)</translation>
    </message>
    <message>
        <source>What the payee sees, up to 35 characters.</source>
        <extracomment>Hint under the reference field.</extracomment>
        <translation>What the payee sees, up to 35 characters.</translation>
    </message>
    <message>
        <source>Payment date (optional)</source>
        <extracomment>Label of the payment date field.</extracomment>
        <translation>Payment date (optional)</translation>
    </message>
    <message>
        <source>Leave empty to pay today, or type a later date as year-month-day, for example 2026-12-31.</source>
        <extracomment>Hint under the payment date field.</extracomment>
        <translation>Leave empty to pay today, or type a later date as year-month-day, for example 2026-12-31.</translation>
    </message>
    <message>
        <source>Review payment</source>
        <extracomment>Button that shows the payment for checking before anything is sent.</extracomment>
        <translation>Review payment</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Window title part for the transfer screen.</extracomment>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Loading your accounts and payees</source>
        <extracomment>Progress announced while the transfer screen loads accounts and payees.</extracomment>
        <translation>Loading your accounts and payees</translation>
    </message>
    <message>
        <source>Ready. Choose the account to pay from.</source>
        <extracomment>Shown and spoken when the transfer form is ready.</extracomment>
        <translation>Ready. Choose the account to pay from.</translation>
    </message>
    <message>
        <source>A new payee</source>
        <extracomment>Last entry of the payee list: type the details of someone not saved yet.</extracomment>
        <translation>A new payee</translation>
    </message>
    <message>
        <source>Checking the payee&apos;s name with the bank</source>
        <extracomment>Progress announced while the bank saves a new payee and checks the name.</extracomment>
        <translation>Checking the payee&apos;s name with the bank</translation>
    </message>
    <message>
        <source>This is your first payment to this payee. Check their details carefully.</source>
        <extracomment>Warning on the review page: the first payment to a payee that was just added.</extracomment>
        <translation>This is your first payment to this payee. Check their details carefully.</translation>
    </message>
    <message>
        <source>This is a large payment: more than {threshold}. Make sure the amount is right.</source>
        <extracomment>Warning on the review page for a large amount; {threshold} is e.g. &quot;¥5,000.00&quot;.</extracomment>
        <translation>This is a large payment: more than {threshold}. Make sure the amount is right.</translation>
    </message>
</context>
<context>
    <name>WealthScreen</name>
    <message>
        <source>Wealth products</source>
        <extracomment>Heading of the wealth screen.
----------
Window title part for the wealth screen.</extracomment>
        <translation>Wealth products</translation>
    </message>
    <message>
        <source>Take the risk questionnaire</source>
        <extracomment>Button that opens the risk questionnaire.</extracomment>
        <translation>Take the risk questionnaire</translation>
    </message>
    <message>
        <source>Products</source>
        <extracomment>Label of the list of wealth products.</extracomment>
        <translation>Products</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a product; its sheet is read below.</source>
        <extracomment>Hint under the product list.</extracomment>
        <translation>Use the arrow keys to choose a product; its sheet is read below.</translation>
    </message>
    <message>
        <source>Product sheet</source>
        <extracomment>Label of the product sheet text.</extracomment>
        <translation>Product sheet</translation>
    </message>
    <message>
        <source>Account to pay from or into</source>
        <extracomment>Label of the account money is paid from or into.</extracomment>
        <translation>Account to pay from or into</translation>
    </message>
    <message>
        <source>Amount to invest, in yuan</source>
        <extracomment>Label of the amount to invest.</extracomment>
        <translation>Amount to invest, in yuan</translation>
    </message>
    <message>
        <source>Review purchase</source>
        <extracomment>Button that asks the bank for the purchase&apos;s figures before confirming.</extracomment>
        <translation>Review purchase</translation>
    </message>
    <message>
        <source>Your holdings</source>
        <extracomment>Label of the list of what the customer holds.</extracomment>
        <translation>Your holdings</translation>
    </message>
    <message>
        <source>Units to sell</source>
        <extracomment>Label of the number of units to sell.</extracomment>
        <translation>Units to sell</translation>
    </message>
    <message>
        <source>Up to 4 decimal places. Choosing a holding fills in all its units.</source>
        <extracomment>Hint under the units to sell.</extracomment>
        <translation>Up to 4 decimal places. Choosing a holding fills in all its units.</translation>
    </message>
    <message>
        <source>Review sale</source>
        <extracomment>Button that asks the bank for the sale&apos;s figures before confirming.</extracomment>
        <translation>Review sale</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Button that loads the wealth page again.</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Send answers</source>
        <extracomment>Button that sends the questionnaire&apos;s answers.</extracomment>
        <translation>Send answers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that leaves the questionnaire without sending it.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Check your order</source>
        <extracomment>Label of the order&apos;s figures on the review page.</extracomment>
        <translation>Check your order</translation>
    </message>
    <message>
        <source>Confirm order</source>
        <extracomment>Button that confirms the order with the code.</extracomment>
        <translation>Confirm order</translation>
    </message>
    <message>
        <source>Back to wealth products</source>
        <extracomment>Button that goes back to the wealth overview.</extracomment>
        <translation>Back to wealth products</translation>
    </message>
    <message>
        <source>Loading your wealth products.</source>
        <extracomment>Shown and spoken while the wealth page loads.</extracomment>
        <translation>Loading your wealth products.</translation>
    </message>
    <message>
        <source>Wealth products loaded. {level}</source>
        <extracomment>Spoken when the wealth page is loaded; {level} is the sentence about the risk level.</extracomment>
        <translation>Wealth products loaded. {level}</translation>
    </message>
    <message>
        <source>This product is above your risk level and cannot be sold to you.</source>
        <extracomment>The bank refused: the product is above the customer&apos;s risk level and not sold to them.</extracomment>
        <translation>This product is above your risk level and cannot be sold to you.</translation>
    </message>
    <message>
        <source>This product is above your risk level. Tick the box to accept the higher risk.</source>
        <extracomment>The bank wants the explicit acknowledgement of the higher risk.</extracomment>
        <translation>This product is above your risk level. Tick the box to accept the higher risk.</translation>
    </message>
    <message>
        <source>Take the risk questionnaire first; yours is missing or has expired.</source>
        <extracomment>The bank refused: the questionnaire is missing or expired.</extracomment>
        <translation>Take the risk questionnaire first; yours is missing or has expired.</translation>
    </message>
    <message>
        <source>The amount is below this product&apos;s minimum.</source>
        <extracomment>The bank refused: below the product&apos;s minimum.</extracomment>
        <translation>The amount is below this product&apos;s minimum.</translation>
    </message>
    <message>
        <source>You hold fewer units than that.</source>
        <extracomment>The bank refused: more units than the customer holds.</extracomment>
        <translation>You hold fewer units than that.</translation>
    </message>
    <message>
        <source>Your risk level is not loaded yet.</source>
        <extracomment>Risk level text before anything is loaded.</extracomment>
        <translation>Your risk level is not loaded yet.</translation>
    </message>
    <message>
        <source>You have not taken the risk questionnaire. Take it before buying a product.</source>
        <extracomment>Risk level text when the questionnaire was never taken.</extracomment>
        <translation>You have not taken the risk questionnaire. Take it before buying a product.</translation>
    </message>
    <message>
        <source>Your risk questionnaire expired on {date}. Take it again before buying.</source>
        <extracomment>Risk level text when the questionnaire has expired; {date} is when it expired.</extracomment>
        <translation>Your risk questionnaire expired on {date}. Take it again before buying.</translation>
    </message>
    <message>
        <source>Your risk level is {level}, on a scale from C1 (lowest) to C5. Valid until {date}.</source>
        <extracomment>Risk level text; {level} is C1 (lowest) to C5 (highest), {date} when it must be renewed.</extracomment>
        <translation>Your risk level is {level}, on a scale from C1 (lowest) to C5. Valid until {date}.</translation>
    </message>
    <message>
        <source>You hold no wealth products.</source>
        <extracomment>Holdings list when the customer holds no wealth product.</extracomment>
        <translation>You hold no wealth products.</translation>
    </message>
    <message>
        <source>, not available at your risk level</source>
        <extracomment>After a product in the list when its risk is above the customer&apos;s level and it is not sold.</extracomment>
        <translation>, not available at your risk level</translation>
    </message>
    <message>
        <source>{name}, risk {risk}, from {minimum}{note}</source>
        <extracomment>A product in the list; {name}, {risk} R1-R5, {minimum} the smallest purchase, {note} a remark.</extracomment>
        <translation>{name}, risk {risk}, from {minimum}{note}</translation>
    </message>
    <message>
        <source>{name}: {units} units, worth {value}, gain {gain}</source>
        <extracomment>A holding; {units} units held, {value} what they are worth today, {gain} value minus cost.</extracomment>
        <translation>{name}: {units} units, worth {value}, gain {gain}</translation>
    </message>
    <message>
        <source>I understand that this product&apos;s risk {risk} is above my risk level {level}, and I accept it.</source>
        <extracomment>Check box to accept a product above one&apos;s level; {risk} R1-R5, {level} C1-C5.</extracomment>
        <translation>I understand that this product&apos;s risk {risk} is above my risk level {level}, and I accept it.</translation>
    </message>
    <message>
        <source>Risk level</source>
        <extracomment>Product sheet: label of the risk level.</extracomment>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <extracomment>Product sheet: label of the smallest purchase.</extracomment>
        <translation>Minimum purchase</translation>
    </message>
    <message>
        <source>Fees</source>
        <extracomment>Product sheet: label of the fees; {buy}, {sell}, {yearly} are percentages.</extracomment>
        <translation>Fees</translation>
    </message>
    <message>
        <source>{buy} percent to buy, {sell} percent to sell, {yearly} percent a year</source>
        <extracomment>Product sheet: the fees; {buy}, {sell}, {yearly} are percentages.</extracomment>
        <translation>{buy} percent to buy, {sell} percent to sell, {yearly} percent a year</translation>
    </message>
    <message>
        <source>Terms</source>
        <extracomment>Product sheet: label of the terms.</extracomment>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Price of one unit today</source>
        <extracomment>Product sheet: label of today&apos;s price of one unit.</extracomment>
        <translation>Price of one unit today</translation>
    </message>
    <message>
        <source>Loading the questionnaire.</source>
        <extracomment>Shown and spoken while the questionnaire loads.</extracomment>
        <translation>Loading the questionnaire.</translation>
    </message>
    <message>
        <source>Question {number} of {count}: {text}</source>
        <extracomment>A question&apos;s title; {number} its position, {count} how many, {text} the question.</extracomment>
        <translation>Question {number} of {count}: {text}</translation>
    </message>
    <message>
        <source>{count} questions about how much risk you can take. Use the arrow keys to choose an answer and Tab to go to the next question. The result is valid for {days} days.</source>
        <extracomment>Introduction of the questionnaire; {count} questions, {days} how long the result is valid.</extracomment>
        <translation>{count} questions about how much risk you can take. Use the arrow keys to choose an answer and Tab to go to the next question. The result is valid for {days} days.</translation>
    </message>
    <message>
        <source>Please answer: {title}</source>
        <extracomment>Spoken when a question is unanswered; {title} is the question.</extracomment>
        <translation>Please answer: {title}</translation>
    </message>
    <message>
        <source>Sending your answers.</source>
        <extracomment>Shown and spoken while the answers are sent.</extracomment>
        <translation>Sending your answers.</translation>
    </message>
    <message>
        <source>Your answers are saved. {level}</source>
        <extracomment>Spoken after the questionnaire is stored; {level} is the sentence about the new level.</extracomment>
        <translation>Your answers are saved. {level}</translation>
    </message>
    <message>
        <source>Tick the box to accept the higher risk, or choose another product.</source>
        <extracomment>Spoken when the acknowledgement box must be ticked first.</extracomment>
        <translation>Tick the box to accept the higher risk, or choose another product.</translation>
    </message>
    <message>
        <source>Choose a holding to sell first.</source>
        <extracomment>Spoken when &quot;Review sale&quot; is pressed with no holding chosen.</extracomment>
        <translation>Choose a holding to sell first.</translation>
    </message>
    <message>
        <source>Asking the bank for the figures.</source>
        <extracomment>Shown and spoken while the bank works out the order&apos;s figures.</extracomment>
        <translation>Asking the bank for the figures.</translation>
    </message>
    <message>
        <source>Buy {product} for {amount}, fee {fee} included, about {units} units.</source>
        <extracomment>Review of a purchase; {amount} paid, {fee} included fee, {units} about how many units.</extracomment>
        <translation>Buy {product} for {amount}, fee {fee} included, about {units} units.</translation>
    </message>
    <message>
        <source>Sell {units} units of {product} for about {amount}, less a fee of {fee}.</source>
        <extracomment>Review of a sale; {amount} before the fee, {fee} the fee, {units} units sold.</extracomment>
        <translation>Sell {units} units of {product} for about {amount}, less a fee of {fee}.</translation>
    </message>
    <message>
        <source>You accepted that this product is above your risk level.</source>
        <extracomment>Added to a review when the customer accepted a product above their level.</extracomment>
        <translation>You accepted that this product is above your risk level.</translation>
    </message>
    <message>
        <source>Check your order: {review} Then send the code.</source>
        <extracomment>Spoken when the review is ready; {review} is the order in words.</extracomment>
        <translation>Check your order: {review} Then send the code.</translation>
    </message>
    <message>
        <source>Sending a one-time code.</source>
        <extracomment>Shown and spoken while the one-time code is being sent.</extracomment>
        <translation>Sending a one-time code.</translation>
    </message>
    <message>
        <source>Confirming your order.</source>
        <extracomment>Shown and spoken while the order is confirmed and placed.</extracomment>
        <translation>Confirming your order.</translation>
    </message>
    <message>
        <source>Done. You bought {units} units of {product} for {amount}.</source>
        <extracomment>Result of a purchase; {units} bought, {product}, {amount} paid.</extracomment>
        <translation>Done. You bought {units} units of {product} for {amount}.</translation>
    </message>
    <message>
        <source>Done. You sold {units} units of {product} for {amount} before the fee.</source>
        <extracomment>Result of a sale; {units} sold, {product}, {amount} before the fee.</extracomment>
        <translation>Done. You sold {units} units of {product} for {amount} before the fee.</translation>
    </message>
</context>
</TS>
