"""The support agent's replies in Simplified Chinese, for a customer who writes in Chinese.

Keyed by the English reply (`agent.py` holds the originals), so the two cannot drift apart unnoticed:
tests/chat/test_agent_language.py checks that every English reply has its Chinese. Nicknames, account
numbers and amounts in a reply are the customer's data and stay as they are.
"""

from __future__ import annotations

from a11y_bank.sandbox.language import ZH_CN

__all__ = ["BALANCES", "BALANCE_LINE", "NO_ACCOUNTS", "REPLIES", "in_language"]

REPLIES = {
    "I am passing this conversation to a person. A member of staff will answer here shortly; "
    "you do not need to repeat your question.": (
        "我正在把这次对话转给工作人员。工作人员很快会在这里回复您；您不需要再问一遍。"
    ),
    "Sorry, I did not understand. You can ask about your balance, a lost card, fees, how to transfer "
    "money or our opening hours, or write 'talk to a person'.": (
        "抱歉，我没有听懂。您可以问余额、银行卡挂失、手续费、怎样转账或营业时间，也可以写“人工”。"
    ),
    "If your card is lost or stolen, write 'talk to a person' and a member of staff will block it for "
    "you at once. Blocking is free, and a new card arrives in 5 working days.": (
        "如果您的银行卡丢失或被盗，请写“人工”，工作人员会立即为您冻结。冻结不收费，新卡在5个工作日内寄到。"
    ),
    "Transfers between your own accounts and to other banks in China are free. Transfers in other "
    "currencies cost 0.1 percent, at least 5 yuan. There is no monthly account fee.": (
        "在您自己的账户之间转账，以及转账到中国境内其他银行，都不收费。其他币种的转账收取百分之0.1，"
        "最低5元。账户没有月费。"
    ),
    "To transfer money, choose Transfer in the list of sections. Pick the account to pay from, a saved "
    "payee or a new one, type the amount, review, and confirm with the one-time code we send you.": (
        "要转账，请在栏目列表中选择“转账”。选择付款账户、已保存的收款人或新收款人，输入金额，核对，"
        "然后用我们发给您的一次性验证码确认。"
    ),
    "This chat and the app are open all day, every day. Branches are open Monday to Friday 9:00 to "
    "17:00 and Saturday 9:00 to 12:00. Staff answer the chat from 8:00 to 22:00.": (
        "本聊天和应用全天开放，每天都可以使用。网点营业时间为周一至周五9:00至17:00，周六9:00至12:00。"
        "工作人员在8:00至22:00之间回复聊天。"
    ),
}
NO_ACCOUNTS = "没有找到您的账户。如需帮助，请写“人工”。"
BALANCES = "您的余额：{parts}。"
BALANCE_LINE = "{name} 尾号 {last4}：{amount} {currency}"


def in_language(english: str, language: str) -> str:
    """`english` (one of the agent's replies) in `language`; English for any other language."""
    return REPLIES.get(english, english) if language == ZH_CN else english
