"""The accessibility statement's fixed Simplified Chinese wording (tools/accessibility_statement.py).

The statement is built from the tests' facts (criteria, their proofs, the Orca transcripts), so what is
translated here is every sentence the tool itself writes: headings, templates, criterion names (the
wording of the W3C's Chinese WCAG translation), statuses, notes, known gaps and journey titles, each
keyed by its English original. A sentence added in English without its translation here is shown in
English and reported by `missing()` (tests/orca/test_statement.py fails on it), so the Chinese
statement never claims anything the English one does not, and never silently lags behind it.

Test names, criterion numbers, keys and what Orca said stay as they are: they are the evidence.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "CRITERION_NAMES",
    "GAPS",
    "INTRO",
    "JOURNEY_NOTES",
    "JOURNEY_TITLES",
    "NOTES",
    "SECRET_KEYS",
    "STATUSES",
    "TEMPLATES",
    "missing",
]

TEMPLATES = {
    "title": "无障碍声明",
    "covered": "覆盖范围：{figures}",
    "figures": (
        "{journeys} 个操作流程，{stops} 个焦点位置（Tab 或 Shift+Tab），每个都说出控件的名称；"
        "{notes} 条状态消息以通知的形式读出。"
    ),
    "criteria": "WCAG 2.2 成功标准",
    "criterion": "{number} {name}（{level} 级）：{status}。{note}{proof}",
    "note": "{note}",
    "proof": "证明测试：{tests}。",
    "gaps": "已知不足",
    "journeys": "Orca 逐个操作流程所说的话",
    "journeys_intro": "以下记录是应用为英文时录制的，Orca 的话按原样引用。",
    "keys": "按键：{keys}",
    "criteria_head": "| 成功标准 | 级别 | 状态 | 证明测试 | 说明 |",
    "transcript_head": "| 按键 | Orca 所说 |",
    "orca_setup": "Orca 43.1，Debian 12，开启按键回显。日期和时间显示为 <date> 和 <time>。",
}

INTRO = {
    "This statement is generated from the project's tests (tools/accessibility_statement.py): what "
    "the Orca 43 screen reader said on real keyboard journeys through the app and the demo bank, and "
    "the WCAG 2.2 success criteria those tests and the accessibility audits prove. Nothing here is "
    "claimed without a test.": (
        "本声明由项目的测试生成（tools/accessibility_statement.py）：内容是 Orca 43 屏幕阅读器在应用和"
        "演示银行中进行真实键盘操作时所说的话，以及这些测试和无障碍审查所证明的 WCAG 2.2 成功标准。"
        "没有测试证明的内容，这里一概不作声明。"
    ),
    "Every focus stop on every screen names the control, not only its role. Passwords, PINs and "
    "one-time codes are never spoken: Orca says 'star' for each character typed. Amounts and dates "
    "are spoken in words. Status messages (code sent, wrong code, payment sent, unknown outcome) are "
    "spoken once.": (
        "每个屏幕上的每个焦点位置都会说出控件的名称，而不只是它的角色。密码、PIN 码和一次性验证码从不读出："
        "每输入一个字符，Orca 只说“star”。金额和日期用文字读出。状态消息（验证码已发送、验证码错误、"
        "付款已发送、结果未知）只读一次。"
    ),
}

STATUSES = {
    "Supported": "支持",
    "Partially supported": "部分支持",
    "Not applicable": "不适用",
    "Not tested": "未测试",
}

CRITERION_NAMES = {
    "Non-text Content": "非文本内容",
    "Time-based media": "基于时间的媒体",
    "Info and Relationships": "信息和关系",
    "Meaningful Sequence": "有意义的顺序",
    "Sensory Characteristics": "感官特征",
    "Orientation": "显示方向",
    "Identify Input Purpose": "识别输入目的",
    "Use of Color": "颜色的使用",
    "Audio Control": "音频控制",
    "Contrast (Minimum)": "对比度（最低）",
    "Resize Text": "调整文本大小",
    "Images of Text": "文本图像",
    "Reflow": "重排",
    "Non-text Contrast": "非文本对比度",
    "Text Spacing": "文本间距",
    "Content on Hover or Focus": "悬停或获得焦点时的内容",
    "Keyboard": "键盘",
    "No Keyboard Trap": "无键盘陷阱",
    "Character Key Shortcuts": "字符键快捷键",
    "Timing Adjustable": "时间可调",
    "Pause, Stop, Hide": "暂停、停止、隐藏",
    "Three Flashes or Below Threshold": "三次闪光或低于阈值",
    "Bypass Blocks": "跳过区块",
    "Page Titled": "页面标题",
    "Focus Order": "焦点顺序",
    "Multiple Ways": "多种方式",
    "Headings and Labels": "标题和标签",
    "Focus Visible": "焦点可见",
    "Focus Not Obscured (Minimum)": "焦点未被遮挡（最低）",
    "Pointer Gestures": "指针手势",
    "Pointer Cancellation": "指针取消",
    "Label in Name": "名称中包含标签",
    "Motion Actuation": "动作驱动",
    "Dragging Movements": "拖动动作",
    "Target Size (Minimum)": "目标尺寸（最低）",
    "Language of Page": "页面语言",
    "Language of Parts": "部分语言",
    "On Focus": "获得焦点时",
    "On Input": "输入时",
    "Consistent Navigation": "一致的导航",
    "Consistent Identification": "一致的识别",
    "Consistent Help": "一致的帮助",
    "Error Identification": "错误识别",
    "Labels or Instructions": "标签或说明",
    "Error Suggestion": "错误建议",
    "Error Prevention (Legal, Financial, Data)": "错误预防（法律、财务、数据）",
    "Redundant Entry": "冗余输入",
    "Accessible Authentication (Minimum)": "无障碍身份验证（最低）",
    "Name, Role, Value": "名称、角色、值",
    "Status Messages": "状态消息",
    "Contrast (Enhanced)": "对比度（增强）",
}

NOTES = {
    "Every control has a name; every sound (earcon) has a visible mark.": (
        "每个控件都有名称；每个提示音都有可见的标记。"
    ),
    "The app has no audio or video content.": "本应用没有音频或视频内容。",
    "Tab order is checked on every screen; the Orca tours walk it.": (
        "每个屏幕都检查了 Tab 键顺序；Orca 焦点巡览逐一走过。"
    ),
    "A desktop window; nothing locks orientation.": "桌面窗口；没有任何内容锁定显示方向。",
    "Text size from 100 % to 400 % (Ctrl+plus / Ctrl+minus).": (
        "文字大小可从 100% 调到 400%（Ctrl+加号 / Ctrl+减号）。"
    ),
    "Every screen at 300 %: nothing clipped, no horizontal scrolling.": (
        "每个屏幕在 300% 时：没有内容被截断，也不需要水平滚动。"
    ),
    "Every journey below is driven by real key presses only.": "下面的每个操作流程都只用真实的按键完成。",
    "Nothing moves, blinks or scrolls by itself.": "没有任何内容会自行移动、闪烁或滚动。",
    "Nothing flashes.": "没有任何内容闪光。",
    "Ctrl+1 to Ctrl+9 go straight to a section.": "Ctrl+1 到 Ctrl+9 直接进入某个栏目。",
    "No path or multi-point gestures.": "没有基于路径或多点的手势。",
    "Nothing responds to motion.": "没有任何内容对设备的动作作出响应。",
    "Nothing needs dragging.": "没有任何操作需要拖动。",
    "The app runs in English or Chinese; the language given to assistive technology is not tested.": (
        "本应用可使用英文或中文；提供给辅助技术的语言信息未经测试。"
    ),
    "F1 opens Help from every screen; Help has the accessibility statement and feedback form.": (
        "在每个屏幕按 F1 都能打开帮助；帮助中有无障碍声明和反馈表。"
    ),
    "Every payment is reviewed and confirmed with a code; deleting asks first, Cancel is the default.": (
        "每笔付款都要先核对，再用验证码确认；删除前会先询问，默认按钮是“取消”。"
    ),
    "Passwords and one-time codes can be pasted; no puzzle, no memory test.": (
        "密码和一次性验证码可以粘贴；没有谜题，也不考记忆。"
    ),
    "Status messages reach Orca as notifications, each spoken once.": (
        "状态消息以通知的形式传给 Orca，每条只读一次。"
    ),
}

GAPS = {
    "The support assistant's answers give amounts in digits ('355,312.95 CNY'), which Orca reads "
    "as a number, not in words as the rest of the app does.": (
        "客服助手的回答用数字给出金额（“355,312.95 CNY”），Orca 把它当作数字来读，而不像应用的其他部分那样"
        "用文字读出。"
    ),
    "While an amount is typed, Orca reads the field's changing hint ('25.00 CNY') in digits.": (
        "输入金额时，Orca 用数字读出该栏不断变化的提示（“25.00 CNY”）。"
    ),
    "Card expiry dates are read as digits ('expires 2029-08'); two document viewers (Wealth product "
    "sheet, credit card statement) say their name twice.": (
        "银行卡的有效期按数字读出（“expires 2029-08”）；两个文档查看区（理财产品说明书、信用卡账单）"
        "会把自己的名称读两遍。"
    ),
    "A few field errors are still said twice under Orca 43, as a status message and again as the "
    "description of the field that focus returns to: enrolment's code, Security's password and code, "
    "and sign-in's wrong password (the other forms say an error once; docs/orca.md, finding 9).": (
        "在 Orca 43 下，少数字段错误仍会读两遍：一次作为状态消息，焦点回到该字段时又作为字段的描述读一次。"
        "它们是开通时的验证码、“安全”中的密码和验证码，以及登录时的密码错误（其他表单的错误只读一次；"
        "见 docs/orca.md 第 9 项发现）。"
    ),
    "When Send feedback opens the support chat, Orca says the chat's title but not 'Your message box "
    "holds ...'; the message is in the focused box and is sent with Enter. The support assistant "
    "answers feedback with its standard menu: it is not yet routed to a person.": (
        "“发送反馈”打开客服聊天时，Orca 读出聊天的标题，但不读“您的消息框中有……”；消息就在获得焦点的"
        "输入框中，按 Enter 发送。客服助手用标准菜单回复反馈：反馈还不会转给人工处理。"
    ),
    "When the Accessibility screen opens, Orca says the title but not the name of the focused "
    "statement; the arrow keys then read it line by line.": (
        "打开“无障碍”屏幕时，Orca 读出标题，但不读获得焦点的声明的名称；之后可以用方向键逐行阅读。"
    ),
    "In Chinese, the journeys below quote what Orca said with the app in English: no Orca journey "
    "runs in Chinese yet.": (
        "中文版中，下面各操作流程引用的是应用为英文时 Orca 所说的话：目前还没有用中文运行的 Orca 操作流程。"
    ),
    "Tested with Orca 43 on Linux only; NVDA, JAWS, Narrator and VoiceOver are not in the test suite.": (
        "只在 Linux 上用 Orca 43 测试过；NVDA、JAWS、讲述人和 VoiceOver 不在测试范围内。"
    ),
    "Success criteria marked 'Not tested' have no automated proof yet; they are not claimed.": (
        "标为“未测试”的成功标准还没有自动化证明；我们不声称符合这些标准。"
    ),
}

JOURNEY_TITLES = {
    "sign-in-balance-history": "登录，听余额，查找一笔交易，打开帮助，放大文字",
    "transfer-wrong-code": (
        "转账给已保存的收款人：核对时的朗读、输错一次性验证码、输入正确的验证码、付款已发送"
    ),
    "pay-bill": "用一次性验证码缴费",
    "unknown-outcome": "结果未知的付款（银行的回复丢失），随后查明只付了一次",
    "schedule-payment": "预约下周缴费",
    "delete-payee": "删除已保存的收款人：先询问，默认是安全的“取消”，然后删除",
    "support-chat": "向客服聊天提问并听取回答",
    "tour-sign-in-and-money": "焦点巡览：登录页、账户、交易记录、转账、缴费",
    "tour-payees-to-settings": "焦点巡览：收款人、产品、客服、设置",
    "tour-help-and-new-screens": "焦点巡览：帮助、理财、银行卡、安全、快捷菜单",
    "help-accessibility": "帮助，然后无障碍：阅读声明，通过客服聊天发送反馈",
    "quick-menu": "设置一项快捷菜单操作，用 Alt+0 听菜单，用 Alt+1 运行这项操作",
}

JOURNEY_NOTES = {
    "The password is typed with Orca's key echo on: Orca says only 'star' for each character.": (
        "输入密码时开启了 Orca 的按键回显：每个字符 Orca 只说“star”。"
    ),
    "typecmd:wrong types a code one digit off; typecmd:right the code the bank sent.": (
        "typecmd:wrong 输入一个差一位数字的验证码；typecmd:right 输入银行发送的验证码。"
    ),
    "The sandbox drops every answer to the payment request (fault injection), so the app cannot know "
    "whether the payment went through until it asks the bank.": (
        "演示银行丢弃对付款请求的每一个回复（故障注入），因此在询问银行之前，应用无法知道付款是否成功。"
    ),
    "The date typed is a week from the day of the run (shown as <date>).": (
        "输入的日期是运行当天之后的一周（显示为 <date>）。"
    ),
    "Every Tab stop must be named: Orca says a name, not only a role, and never nothing.": (
        "每个 Tab 停留点都必须有名称：Orca 说出名称，而不只是角色，也绝不会什么都不说。"
    ),
    "The sections after the first nine are reached through the section list (End, Up, Enter).": (
        "前九个以外的栏目通过栏目列表进入（End、向上、Enter）。"
    ),
    "The sections after the first nine are reached through the section list (F3, End, Up, Enter).": (
        "前九个以外的栏目通过栏目列表进入（F3、End、向上、Enter）。"
    ),
    "The action reads a balance, so nothing is paid; a payment action stops at the review page.": (
        "这项操作只朗读余额，所以不会付款；付款操作会停在核对页面。"
    ),
}

SECRET_KEYS = {
    "(the password)": "（密码）",
    "(the one-time code)": "（一次性验证码）",
    "(a wrong one-time code)": "（错误的一次性验证码）",
    "(the one-time code; the bank's answer is lost)": "（一次性验证码；银行的回复丢失）",
    "(the bank answers again)": "（银行恢复回复）",
}


def missing(table: dict[str, str], originals: Iterable[str]) -> list[str]:
    """The English originals `table` has no Chinese for."""
    return [text for text in originals if text not in table]
