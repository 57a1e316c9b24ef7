<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cd::ActivationDialog</name>
    <message>
        <source>Activate Number</source>
        <translation>开通号码</translation>
    </message>
    <message>
        <source>400 number, e.g. 400-820-8888</source>
        <translation>400 号码，例如 400-820-8888</translation>
    </message>
    <message>
        <source>Choose a plan</source>
        <translation>请选择套餐</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 a year</source>
        <translation>%1 — %2 · 每年 %3</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>One phone number per line, e.g. 13812345678 or 010-62345678</source>
        <translation>每行一个电话号码，例如 13812345678 或 010-62345678</translation>
    </message>
    <message>
        <source>A number is activated for a customer that passed qualification review, through an agent that may open numbers, on a plan the number&apos;s grade allows. Paid through = date + months − 1 day.</source>
        <translation>号码须为已通过资质审核的终端客户开通，经由有权开通号码的代理商办理，且所选套餐须符合号码等级。缴费到期日 = 开通日期 + 月数 − 1 天。</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>终端客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>套餐(&amp;P)：</translation>
    </message>
    <message>
        <source>paid for &amp;months:</source>
        <translation>预缴月数(&amp;M)：</translation>
    </message>
    <message>
        <source>Activation &amp;date:</source>
        <translation>开通日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>落地号码(&amp;D)：</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>开通</translation>
    </message>
    <message>
        <source>Type the number to activate.</source>
        <translation>请输入要开通的号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 400 number: ten digits starting with 400.</source>
        <translation>&quot;%1&quot; 不是 400 号码：应为以 400 开头的十位数字。</translation>
    </message>
    <message>
        <source>%1 · normal number, any plan</source>
        <translation>%1 · 普通号码，可选任意套餐</translation>
    </message>
    <message>
        <source>%1 · %2 number: plans of at least %3 a year</source>
        <translation>%1 · 等级 %2：须选择年费不低于 %3 的套餐</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is %2: only an available number, or one reserved for this customer, can be activated.</source>
        <translation>%1 当前为 %2：只能开通空闲号码或为该终端客户预占的号码。</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>请选择终端客户。</translation>
    </message>
    <message>
        <source>Qualification: %1 · served by the provider since %2</source>
        <translation>资质：%1 · 自 %2 起由平台服务</translation>
    </message>
    <message>
        <source>Qualification: %1 · developing agent %2 (%3)</source>
        <translation>资质：%1 · 发展代理商 %2（%3）</translation>
    </message>
    <message>
        <source>%1 has not passed qualification review (%2): numbers are activated only for approved customers (§3.9).</source>
        <translation>%1 尚未通过资质审核（%2）：仅可为审核通过的终端客户开通号码（§3.9）。</translation>
    </message>
    <message>
        <source>Agent %1: %2</source>
        <translation>代理商 %1：%2</translation>
    </message>
    <message>
        <source>No plan is offered; an administrator adds plans under Prices.</source>
        <translation>暂无可选套餐；请由管理员在“价格”中添加套餐。</translation>
    </message>
    <message>
        <source>Choose the plan.</source>
        <translation>请选择套餐。</translation>
    </message>
    <message>
        <source>Annual fee %1 · %2 minutes included · %3 a minute beyond</source>
        <translation>年费 %1 · 含 %2 分钟 · 超出部分每分钟 %3</translation>
    </message>
    <message>
        <source>%1 numbers need a plan of at least %2 a year; %3 costs %4.</source>
        <translation>等级为 %1 的号码须选择年费不低于 %2 的套餐；%3 的年费为 %4。</translation>
    </message>
    <message>
        <source>Not a Chinese phone number: %1</source>
        <translation>不是有效的中国电话号码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) not a Chinese phone number.</source>
        <translation>
            <numerusform>%n 个落地号码不是有效的中国电话号码。</numerusform>
        </translation>
    </message>
    <message>
        <source>An auditor may not activate numbers.</source>
        <translation>审计员不得开通号码。</translation>
    </message>
    <message numerus="yes">
        <source>Paid through %1 (%n month(s) from %2).</source>
        <translation>
            <numerusform>缴费到期日 %1（自 %2 起 %n 个月）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No destination yet: calls reach nobody until one is set.</source>
        <translation>尚未设置落地号码：设置之前，来电无法接通。</translation>
    </message>
    <message>
        <source>Calls go to %1.</source>
        <translation>来电转至 %1。</translation>
    </message>
    <message>
        <source>Nothing blocks the activation.</source>
        <translation>开通条件均已满足。</translation>
    </message>
    <message>
        <source>What blocks the activation:</source>
        <translation>无法开通的原因：</translation>
    </message>
</context>
<context>
    <name>cd::AgentCommands</name>
    <message>
        <source>--level must be 1 or 2, not &quot;%1&quot;.</source>
        <translation>--level 只能为 1 或 2，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Add an agent as a prospect (§1.1: legal entities only).</source>
        <translation>添加意向代理商（§1.1：仅限法人单位）。</translation>
    </message>
    <message>
        <source>A level-2 agent names its level-1 parent, which must be active or supervised. The agent becomes active with its first contract.</source>
        <translation>二级代理须指定其上级一级代理，该一级代理须处于合作中或监管中状态。代理商自首份合同生效起转为合作中。</translation>
    </message>
    <message>
        <source>The agent&apos;s registered name.</source>
        <translation>代理商的登记名称。</translation>
    </message>
    <message>
        <source>The unified social credit code.</source>
        <translation>统一社会信用代码。</translation>
    </message>
    <message>
        <source>1 (signs with the provider) or 2 (sub-agent).</source>
        <translation>1（与平台签约）或 2（二级代理）。</translation>
    </message>
    <message>
        <source>The level-1 parent&apos;s code (level 2 only).</source>
        <translation>上级一级代理的统一社会信用代码（仅限二级代理）。</translation>
    </message>
    <message>
        <source>The legal representative.</source>
        <translation>法定代表人。</translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation>联系人。</translation>
    </message>
    <message>
        <source>The contact phone.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>The contact email.</source>
        <translation>联系邮箱。</translation>
    </message>
    <message>
        <source>The address.</source>
        <translation>地址。</translation>
    </message>
    <message>
        <source>The region served.</source>
        <translation>服务区域。</translation>
    </message>
    <message>
        <source>The price tier: %1 (default standard).</source>
        <translation>价格等级：%1（默认为 standard）。</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>缺少 --%1。</translation>
    </message>
    <message>
        <source>List agents, tab-separated.</source>
        <translation>列出代理商，以制表符分隔。</translation>
    </message>
    <message>
        <source>Columns: uscc, name, level, parent_uscc, status, tier, contact, region.</source>
        <translation>列：uscc, name, level, parent_uscc, status, tier, contact, region。</translation>
    </message>
    <message>
        <source>Only agents with this status: %1.</source>
        <translation>仅列出处于此状态的代理商：%1。</translation>
    </message>
    <message>
        <source>Only level-1 or only level-2 agents.</source>
        <translation>仅列出一级代理或仅列出二级代理。</translation>
    </message>
    <message>
        <source>Only agents whose name, code, contact or region contains TEXT.</source>
        <translation>仅列出名称、统一社会信用代码、联系人或区域包含 TEXT 的代理商。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation>未知状态 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>Show an agent: its fields, parent, sub-agents and contracts.</source>
        <translation>显示代理商详情：各项信息、上级代理、下属二级代理及合同。</translation>
    </message>
    <message>
        <source>The agent&apos;s code.</source>
        <translation>代理商的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Added the level-%1 agent %2 (%3) as %4.</source>
        <translation>已添加 %1 级代理商 %2（%3），状态为 %4。</translation>
    </message>
    <message>
        <source>Sub-agents: %1</source>
        <translation>二级代理：%1</translation>
    </message>
    <message>
        <source>Contracts: %1</source>
        <translation>合同：%1</translation>
    </message>
</context>
<context>
    <name>cd::AgentCompletionModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>无任务</translation>
    </message>
    <message>
        <source>%1 (%2), level %3</source>
        <translation>%1（%2），级别 %3</translation>
    </message>
    <message>
        <source>New activations this quarter, its sub-agents&apos; included, of the contract&apos;s task</source>
        <translation>本季度新开通数量（含其二级代理的新开通）/ 合同规定的任务</translation>
    </message>
    <message>
        <source>New activations this quarter of the contract&apos;s task</source>
        <translation>本季度新开通数量 / 合同规定的任务</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Activations / task</source>
        <translation>新开通 / 任务</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
</context>
<context>
    <name>cd::AgentCustomersModel</name>
    <message>
        <source>Provider since %1</source>
        <translation>平台（自 %1 起）</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质审核</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务方</translation>
    </message>
</context>
<context>
    <name>cd::AgentDetailPage</name>
    <message>
        <source>‹ All Agents</source>
        <translation>‹ 全部代理商</translation>
    </message>
    <message>
        <source>Back to the list of agents (Esc)</source>
        <translation>返回代理商列表（Esc）</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Contracts</source>
        <translation>合同(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>培训(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>违规(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>终端客户(&amp;U)</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>当前合同：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Portal account:</source>
        <translation>门户账号：</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>添加时间：</translation>
    </message>
    <message>
        <source>Parent agent:</source>
        <translation>上级代理：</translation>
    </message>
    <message>
        <source>No sub-agents.</source>
        <translation>暂无二级代理。</translation>
    </message>
    <message>
        <source>&amp;Sign Contract…</source>
        <translation>签订合同(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>终止合同(&amp;T)…</translation>
    </message>
    <message>
        <source>No contracts yet. A prospect becomes active with its first contract (§9.2).</source>
        <translation>暂无合同。意向代理商自首份合同生效起转为合作中（§9.2）。</translation>
    </message>
    <message>
        <source>No training attended yet.</source>
        <translation>尚未参加培训。</translation>
    </message>
    <message>
        <source>&amp;New Violation…</source>
        <translation>登记违规(&amp;N)…</translation>
    </message>
    <message>
        <source>Cl&amp;assify…</source>
        <translation>定性(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Penalty…</source>
        <translation>处罚(&amp;P)…</translation>
    </message>
    <message>
        <source>No violations on record.</source>
        <translation>暂无违规记录。</translation>
    </message>
    <message>
        <source>&amp;Take Over…</source>
        <translation>接管(&amp;T)…</translation>
    </message>
    <message>
        <source>The provider serves the agent&apos;s customers itself (§2.3, §9.6)</source>
        <translation>由平台直接为该代理商的终端客户提供服务（§2.3、§9.6）</translation>
    </message>
    <message>
        <source>No customers developed yet.</source>
        <translation>尚未发展终端客户。</translation>
    </message>
    <message>
        <source>Training overdue: the first contract started on %1 and no training was attended by %2 (§2.7).</source>
        <translation>培训逾期：首份合同于 %1 开始，截至 %2 仍未参加培训（§2.7）。</translation>
    </message>
    <message>
        <source>Training due by %1, %2 days after the first contract&apos;s start (§2.7).</source>
        <translation>须于 %1 前参加培训，即首份合同开始后 %2 天内（§2.7）。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) developed</source>
        <translation>
            <numerusform>已发展 %n 家终端客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n served by the agent</source>
        <translation>
            <numerusform>%n 家由代理商服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by the provider</source>
        <translation>
            <numerusform>%n 家由平台服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken over %1 under %2 (%n customer(s)): %3</source>
        <translation>
            <numerusform>%1 依据 %2 接管（%n 家终端客户）：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Contracts (%1)</source>
        <translation>合同(&amp;C)（%1）</translation>
    </message>
    <message>
        <source>&amp;Violations (%1)</source>
        <translation>违规(&amp;V)（%1）</translation>
    </message>
    <message>
        <source>C&amp;ustomers (%1)</source>
        <translation>终端客户(&amp;U)（%1）</translation>
    </message>
    <message>
        <source>T&amp;raining (overdue)</source>
        <translation>培训(&amp;R)（逾期）</translation>
    </message>
    <message>
        <source>%1 · sub-agent of %2 · %3</source>
        <translation>%1 · %2 的二级代理 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级代理</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级代理</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>价格等级：%1</translation>
    </message>
    <message>
        <source>%1, active from %2 to %3</source>
        <translation>%1，生效期 %2 至 %3</translation>
    </message>
    <message>
        <source>%1, terminated on %2 (%3)</source>
        <translation>%1，已于 %2 终止（%3）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation>二级代理（%1）</translation>
    </message>
    <message>
        <source>A terminated agent may not sign a new contract (§9.6)</source>
        <translation>已终止的代理商不得签订新合同（§9.6）</translation>
    </message>
    <message>
        <source>Contract %1 signed; it is active until %2.</source>
        <translation>已签订合同 %1，有效期至 %2。</translation>
    </message>
    <message>
        <source>Contract %1 signed; it takes effect on %2.</source>
        <translation>已签订合同 %1，将于 %2 生效。</translation>
    </message>
    <message>
        <source>Contract %1 terminated under %2; %3 may still renew and serve its customers (§9.6).</source>
        <translation>已依据 %2 终止合同 %1；%3 仍可为其终端客户办理续费并提供服务（§9.6）。</translation>
    </message>
    <message>
        <source>Case #%1 opened (%2).</source>
        <translation>已立案：案件 #%1（%2）。</translation>
    </message>
    <message>
        <source>Print Renewal &amp;Letter…</source>
        <translation>打印续费通知函(&amp;L)…</translation>
    </message>
    <message>
        <source>A letter to the agent listing its customers&apos; numbers due for renewal in the coming notice period (§2.10)</source>
        <translation>致代理商的函件，列出其终端客户在下一通知期内到期需续费的号码（§2.10）</translation>
    </message>
</context>
<context>
    <name>cd::AgentDialog</name>
    <message>
        <source>New Agent</source>
        <translation>新建代理商</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 位，例如 91350100M000100Y43</translation>
    </message>
    <message>
        <source>Level 1 — signs with the provider</source>
        <translation>一级代理（直接与平台签约）</translation>
    </message>
    <message>
        <source>Level 2 — sub-agent of a level-1 agent</source>
        <translation>二级代理（隶属于一级代理）</translation>
    </message>
    <message>
        <source>Only for level-2 agents</source>
        <translation>仅限二级代理</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 13812345678</source>
        <translation>手机或固定电话，例如 13812345678</translation>
    </message>
    <message>
        <source>e.g. Beijing</source>
        <translation>例如：北京</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Only legal entities may be agents: a valid unified social credit code that is not an individual business&apos;s (§1.1). The agent starts as a prospect and becomes active with its first contract.</source>
        <translation>仅法人单位可成为代理商：须提供有效的统一社会信用代码，且不得为个体工商户的代码（§1.1）。代理商添加后处于意向状态，自首份合同生效起转为合作中。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道信息</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>级别(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Parent agent:</source>
        <translation>上级代理(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>价格等级(&amp;T)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Agent portal (optional)</source>
        <translation>代理商门户（选填）</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>账号(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Stored only as a salted hash (§2.6).</source>
        <translation>仅以加盐哈希形式存储（§2.6）。</translation>
    </message>
    <message>
        <source>Add Agent</source>
        <translation>添加代理商</translation>
    </message>
    <message>
        <source>No active or supervised level-1 agent</source>
        <translation>没有处于合作中或监管中状态的一级代理</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>cd::AgentImporter</name>
    <message>
        <source>&quot;%1&quot; is not a level; use 1 or 2.</source>
        <translation>&quot;%1&quot; 不是有效的级别，请使用 1 或 2。</translation>
    </message>
</context>
<context>
    <name>cd::AgentListModel</name>
    <message>
        <source>Level 1</source>
        <translation>一级代理</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级代理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Parent agent</source>
        <translation>上级代理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>contact person, then phone</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>cd::AgentService</name>
    <message>
        <source>The agent is not valid.</source>
        <translation>代理商信息无效。</translation>
    </message>
    <message>
        <source>The agent&apos;s name is required.</source>
        <translation>代理商名称不得为空。</translation>
    </message>
    <message>
        <source>The agent&apos;s name is longer than 200 characters.</source>
        <translation>代理商名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Chinese phone number.</source>
        <translation>&quot;%1&quot; 不是有效的中国电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; 不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>An agent with the code %1 already exists: %2.</source>
        <translation>统一社会信用代码为 %1 的代理商已存在：%2。</translation>
    </message>
    <message>
        <source>The level must be 1 or 2.</source>
        <translation>级别只能为 1 或 2。</translation>
    </message>
    <message>
        <source>A level-1 agent signs with the provider and has no parent agent.</source>
        <translation>一级代理直接与平台签约，不得设置上级代理。</translation>
    </message>
    <message>
        <source>A level-2 agent needs its level-1 parent agent&apos;s code.</source>
        <translation>二级代理须提供其上级一级代理的统一社会信用代码。</translation>
    </message>
    <message>
        <source>There is no agent with the code %1.</source>
        <translation>不存在统一社会信用代码为 %1 的代理商。</translation>
    </message>
    <message>
        <source>%1 is a level-2 agent; sub-agents of a sub-agent are not allowed.</source>
        <translation>%1 为二级代理；二级代理不得再发展下级代理。</translation>
    </message>
    <message>
        <source>The parent agent %1 is %2; it must be active or supervised.</source>
        <translation>上级代理 %1 当前状态为 %2；须为合作中或监管中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; use one of %2.</source>
        <translation>&quot;%1&quot; 不是有效的价格等级，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The portal account name &quot;%1&quot; is taken.</source>
        <translation>门户账号名 &quot;%1&quot; 已被占用。</translation>
    </message>
    <message>
        <source>A portal account needs a password of at least 8 characters.</source>
        <translation>门户账号的密码不得少于 8 个字符。</translation>
    </message>
    <message>
        <source>An auditor may not change agents.</source>
        <translation>审计员不得修改代理商。</translation>
    </message>
    <message>
        <source>The portal password could not be hashed.</source>
        <translation>无法对门户密码进行哈希处理。</translation>
    </message>
    <message>
        <source>%1 has no portal account.</source>
        <translation>%1 没有门户账号。</translation>
    </message>
    <message>
        <source>There is no agent with the id %1.</source>
        <translation>不存在 ID 为 %1 的代理商。</translation>
    </message>
</context>
<context>
    <name>cd::AgentStatus</name>
    <message>
        <source>Prospect</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>监管中</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>cd::AgentsPage</name>
    <message>
        <source>&amp;New Agent…</source>
        <translation>新建代理商(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>The companies that resell the provider&apos;s numbers: level-1 agents and their level-2 sub-agents.</source>
        <translation>转售平台号码的企业：一级代理及其下属二级代理。</translation>
    </message>
    <message>
        <source>Load agents from a CSV file: all rows or none</source>
        <translation>从 CSV 文件导入代理商：要么全部导入，要么全部不导入</translation>
    </message>
    <message>
        <source>Name, credit code, contact or region</source>
        <translation>名称、统一社会信用代码、联系人或区域</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Both levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级代理</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级代理</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>共 %n 家代理商</numerusform>
        </translation>
    </message>
    <message>
        <source>No agents match the search and filters.</source>
        <translation>没有符合搜索和筛选条件的代理商。</translation>
    </message>
    <message>
        <source>No agents yet. Add one with &quot;New Agent…&quot; or import a CSV file.</source>
        <translation>暂无代理商。请通过 &quot;新建代理商…&quot; 添加，或导入 CSV 文件。</translation>
    </message>
    <message>
        <source>No agents yet.</source>
        <translation>暂无代理商。</translation>
    </message>
    <message>
        <source>%1 added as a prospect. It becomes active with its first contract.</source>
        <translation>已将 %1 添加为意向代理商，自首份合同生效起转为合作中。</translation>
    </message>
    <message>
        <source>Import Agents</source>
        <translation>导入代理商</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);; 所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these rows and import the file again:</source>
        <translation>未从 %1 导入任何数据。请更正以下各行后重新导入该文件：</translation>
    </message>
</context>
<context>
    <name>cd::AgentsReport</name>
    <message>
        <source>Agents</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Parent agent&apos;s code</source>
        <translation>上级代理统一社会信用代码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>门户账号</translation>
    </message>
</context>
<context>
    <name>cd::AppController</name>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>无法打开数据库 %1。

%2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read.

%2</source>
        <translation>无法读取数据库 %1。

%2</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>数据库已从 %1 恢复。</translation>
    </message>
    <message>
        <source>The data it replaced is kept beside it as %1.</source>
        <translation>被替换的数据已在同一文件夹中保留为 %1。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Nothing was restored; the database is as it was. %1</source>
        <translation>未恢复任何内容；数据库保持原状。%1</translation>
    </message>
</context>
<context>
    <name>cd::Areas</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Plans &amp; prices</source>
        <translation>套餐与价格</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>故障与维护</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The state of this database at a glance.</source>
        <translation>一览本数据库的当前状况。</translation>
    </message>
    <message>
        <source>Level-1 and level-2 agents with their credit codes, status, price tier and contacts.</source>
        <translation>一级代理和二级代理及其统一社会信用代码、状态、价格等级和联系方式。</translation>
    </message>
    <message>
        <source>Annual cooperation contracts with their quarterly tasks, renewals and terminations.</source>
        <translation>年度合作合同及其季度任务、续签和终止情况。</translation>
    </message>
    <message>
        <source>Yearly plans and the agent price of every plan for each tier and level, with their history.</source>
        <translation>年度套餐，以及各套餐按价格等级和代理级别划分的代理价格及其历史记录。</translation>
    </message>
    <message>
        <source>Enterprises using 400 numbers, the agent that developed each one and who serves it.</source>
        <translation>使用 400 号码的企业、发展该企业的代理商及其服务方。</translation>
    </message>
    <message>
        <source>Qualification reviews before activation, follow-up reviews and spot checks.</source>
        <translation>开通前的资质审核、回访和暗访。</translation>
    </message>
    <message>
        <source>The number pool with reservations, activations, suspensions and reclaims.</source>
        <translation>号码池，以及号码的预占、开通、停机和回收。</translation>
    </message>
    <message>
        <source>First-year and renewal payments and the paid-through date of every number.</source>
        <translation>首年缴费、续费及每个号码的缴费到期日。</translation>
    </message>
    <message>
        <source>Agent violations, their classification and the penalties imposed.</source>
        <translation>代理商违规、违规定性及所作处罚。</translation>
    </message>
    <message>
        <source>Platform outages and maintenance windows and how agents were told of them.</source>
        <translation>平台故障、维护时段及向代理商发出通知的情况。</translation>
    </message>
    <message>
        <source>Training sessions, the agents that attended and the agents still overdue.</source>
        <translation>培训场次、参训代理商及逾期未培训的代理商。</translation>
    </message>
    <message>
        <source>Renewal, suspension, reclaim and maintenance notices owed to agents and customers.</source>
        <translation>应向代理商和终端客户发出的续费、停机、回收及维护通知。</translation>
    </message>
    <message>
        <source>Exports of agents, numbers, renewals, performance and more as CSV files.</source>
        <translation>将代理商、号码、续费、业绩等数据导出为 CSV 文件。</translation>
    </message>
    <message>
        <source>Every change made in this database: who, when, old and new values, and the clause it rests on.</source>
        <translation>本数据库中的每一项变更：操作人、时间、原值与新值，以及所依据的条款。</translation>
    </message>
    <message>
        <source>The business parameters that tune the rules: grace periods, reminders, margins and limits.</source>
        <translation>用于调整业务规则的参数：宽限期、提醒、最低差价及各项限额。</translation>
    </message>
    <message>
        <source>The accounts that may sign in to this database and their roles.</source>
        <translation>可登录本数据库的账号及其角色。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customers &amp; numbers</source>
        <translation>终端客户与号码</translation>
    </message>
    <message>
        <source>Service &amp; compliance</source>
        <translation>服务与合规</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>cd::AttendanceDialog</name>
    <message>
        <source>Record Attendance</source>
        <translation>登记参训</translation>
    </message>
    <message>
        <source>  (training due)</source>
        <translation>  （待培训）</translation>
    </message>
    <message>
        <source>Find an agent by name or code</source>
        <translation>按名称或统一社会信用代码查找代理商</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) to record</source>
        <translation>
            <numerusform>将登记 %n 家代理商</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AuditCommand</name>
    <message>
        <source>Show the newest audit log entries, tab-separated.</source>
        <translation>显示最新的审计日志条目，以制表符分隔。</translation>
    </message>
    <message>
        <source>Columns: id, at, user, action, entity, entity_id, old_value, new_value, clause. Newest first.</source>
        <translation>列：id, at, user, action, entity, entity_id, old_value, new_value, clause。按时间倒序排列。</translation>
    </message>
    <message>
        <source>Show at most N entries (default %1).</source>
        <translation>最多显示 N 条（默认 %1 条）。</translation>
    </message>
    <message>
        <source>Only the entries made by this user.</source>
        <translation>仅显示该用户所做的条目。</translation>
    </message>
    <message>
        <source>Only the entries whose action, record or values contain TEXT.</source>
        <translation>仅显示操作、记录或值中包含 TEXT 的条目。</translation>
    </message>
    <message>
        <source>Only the entries on or after this UTC date.</source>
        <translation>仅显示该 UTC 日期当日及之后的条目。</translation>
    </message>
    <message>
        <source>Only the entries on or before this UTC date.</source>
        <translation>仅显示该 UTC 日期当日及之前的条目。</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--limit 须为 1 至 %1 之间的整数，不能为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%2&quot;。</translation>
    </message>
</context>
<context>
    <name>cd::AuditLogModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>cd::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every change made in this database: who, when, old and new values, and the clause it rests on.</source>
        <translation>本数据库中的每一项变更：操作人、时间、原值与新值，以及所依据的条款。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the newest entries (%1)</source>
        <translation>加载最新条目（%1）</translation>
    </message>
    <message>
        <source>Search action, record, values or clause</source>
        <translation>搜索操作、记录、值或条款</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Entries on or after this day (UTC)</source>
        <translation>该日（UTC）及之后的条目</translation>
    </message>
    <message>
        <source>Entries on or before this day (UTC)</source>
        <translation>该日（UTC）及之前的条目</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>请选择一个条目以查看完整内容。</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries match the filters</source>
        <translation>
            <numerusform>%Ln 条中有 %1 条符合筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1（UTC %2）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
</context>
<context>
    <name>cd::AuditReport</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
</context>
<context>
    <name>cd::Backup</name>
    <message>
        <source>The backup file %1 already exists; choose a new name (a backup never overwrites a file).</source>
        <translation>备份文件 %1 已存在；请另选文件名（备份不会覆盖已有文件）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份至 %1 失败：%2</translation>
    </message>
    <message>
        <source>The backup to %1 could not be checked.</source>
        <translation>无法校验备份文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>无法写入备份文件 %1。</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1.</source>
        <translation>无法读取备份文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a SQLite database, so not a ChannelDesk backup.</source>
        <translation>文件 %1 不是 SQLite 数据库，因此不是 ChannelDesk 备份。</translation>
    </message>
    <message>
        <source>Cannot open the backup file %1: %2</source>
        <translation>无法打开备份文件 %1：%2</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged: %2</source>
        <translation>备份文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>无法读取 %1 的数据库结构版本。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Install the newer version to restore it.</source>
        <translation>备份 %1 由更新版本的 ChannelDesk 写入（结构版本 %2；本版本最高支持 %3）。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>The file %1 is not a ChannelDesk database (no users and audit log).</source>
        <translation>文件 %1 不是 ChannelDesk 数据库（缺少用户和审计日志）。</translation>
    </message>
    <message>
        <source>The backup file is the live database itself.</source>
        <translation>该备份文件就是当前正在使用的数据库。</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the database.</source>
        <translation>无法将 %1 复制到数据库所在文件夹。</translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside; nothing was restored.</source>
        <translation>无法移开当前数据库 %1；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1.</source>
        <translation>无法用备份替换 %1。</translation>
    </message>
    <message>
        <source>%1 may not take a backup: a backup holds personal data unmasked, so only an administrator may make one.</source>
        <translation>%1 无权备份：备份中的个人信息未经脱敏，因此仅管理员可执行备份。</translation>
    </message>
    <message>
        <source>%1 may not restore a backup: replacing the database is for an administrator.</source>
        <translation>%1 无权恢复备份：仅管理员可替换数据库。</translation>
    </message>
</context>
<context>
    <name>cd::BackupCommands</name>
    <message>
        <source>Only an admin may %1.</source>
        <translation>仅管理员可执行此操作（%1）。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to a new file (admin).</source>
        <translation>将数据库的一致性副本写入新文件（仅管理员）。</translation>
    </message>
    <message>
        <source>The copy is taken while others keep working and is written under a temporary name, then renamed; an existing file is never overwritten. Admin only: a backup holds personal data unmasked (§2.6).</source>
        <translation>复制期间其他用户可继续工作；副本先以临时文件名写入，再重命名；不会覆盖已有文件。仅限管理员：备份中的个人信息未经脱敏（§2.6）。</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>要创建的备份文件。</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup 需要 --out FILE。</translation>
    </message>
    <message>
        <source>Replace the database by a verified backup (admin).</source>
        <translation>用经过校验的备份替换数据库（仅管理员）。</translation>
    </message>
    <message>
        <source>The backup is checked first (readable, intact, a ChannelDesk database, not from a newer version); the current database is kept as NAME.before-restore-YYYYMMDD-HHMMSS and put back if anything fails. Sign in against the current database. Exit 3: the file cannot be restored and nothing changed.</source>
        <translation>先校验备份（可读取、完整、为 ChannelDesk 数据库且非更新版本所写）；当前数据库保留为 NAME.before-restore-YYYYMMDD-HHMMSS，任何步骤失败时将其还原。登录时使用当前数据库的账户。退出码 3：该文件无法恢复，未作任何改动。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>take a backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>Schema upgraded from version %1 to %2.</source>
        <translation>数据库结构已从版本 %1 升级至 %2。</translation>
    </message>
</context>
<context>
    <name>cd::BackupRotation</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot delete the old automatic backup %1.</source>
        <translation>无法删除旧的自动备份 %1。</translation>
    </message>
    <message>
        <source>Cannot delete %1, left by an interrupted backup.</source>
        <translation>无法删除中断的备份遗留的文件 %1。</translation>
    </message>
</context>
<context>
    <name>cd::BackupsPanel</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Copies of the database on this computer: one automatic copy a day and the copies made here by hand. A restore replaces the current data by a copy.</source>
        <translation>本机上的数据库副本：每天一份自动备份，以及在此手动创建的备份。恢复操作将以副本替换当前数据。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database into the backup folder now; others can keep working meanwhile.</source>
        <translation>立即将数据库的一致性副本写入备份文件夹；期间其他用户可继续工作。</translation>
    </message>
    <message>
        <source>Replace the current data by the selected backup, or by a backup file you choose when none is selected.</source>
        <translation>用所选备份替换当前数据；未选择备份时，用您另选的备份文件替换。</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>&amp;Back up this database automatically once a day</source>
        <translation>每天自动备份本数据库一次(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>newest automatic backups</source>
        <translation>份最新的自动备份</translation>
    </message>
    <message>
        <source>The copy is made shortly after the main window opens, whoever signs in, and at most once a day. Older automatic backups are deleted at the next daily backup; copies made by hand and any other file in the folder are never deleted. These settings belong to this computer. An empty folder means the backups folder beside the database.</source>
        <translation>无论由谁登录，均在主窗口打开后不久创建副本，每天最多一次。较早的自动备份在下次每日备份时删除；手动创建的备份及该文件夹中的其他文件永不删除。这些设置仅适用于本机。文件夹留空时，使用数据库所在位置的 backups 文件夹。</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>%1 的备份</translation>
    </message>
    <message>
        <source>Only an administrator may back up by hand or restore: a backup holds personal data unmasked (§2.6).</source>
        <translation>仅管理员可手动备份或恢复：备份中的个人信息未经脱敏（§2.6）。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>仅管理员可执行此操作。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>仅管理员可恢复备份。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>ChannelDesk backups (*.sqlite);;All files (*)</source>
        <translation>ChannelDesk 备份 (*.sqlite);; 所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the current data by the backup %1 (saved %2)?

Everything entered since that backup is lost from the working database. The current database is kept aside as a file beside it. ChannelDesk closes this window and everyone signs in again.</source>
        <translation>确定用备份 %1（保存于 %2）替换当前数据吗？

该备份之后录入的所有内容将从工作数据库中丢失。当前数据库将作为一个文件另行保留在同一文件夹中。ChannelDesk 将关闭此窗口，所有用户须重新登录。</translation>
    </message>
    <message>
        <source>Replace Current Data</source>
        <translation>替换当前数据</translation>
    </message>
    <message>
        <source>Restoring needs the database closed, which this window cannot do; use channeldesk-cli restore instead.</source>
        <translation>恢复须先关闭数据库，而此窗口无法执行该操作；请改用 channeldesk-cli restore。</translation>
    </message>
</context>
<context>
    <name>cd::Carrier</name>
    <message>
        <source>China Telecom</source>
        <translation>中国电信</translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation>中国联通</translation>
    </message>
    <message>
        <source>China Mobile</source>
        <translation>中国移动</translation>
    </message>
</context>
<context>
    <name>cd::ChartKeyboard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cd::CheckOutcome</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Issue found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Fraud found</source>
        <translation>发现欺诈</translation>
    </message>
</context>
<context>
    <name>cd::ChecklistModel</name>
    <message>
        <source>✓ On file</source>
        <translation>✓ 已提交</translation>
    </message>
    <message>
        <source>✗ Missing</source>
        <translation>✗ 缺失</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Required document</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>cd::Classification</name>
    <message>
        <source>Not classified</source>
        <translation>未定性</translation>
    </message>
    <message>
        <source>Negligent (deceived)</source>
        <translation>过失（受骗）</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>故意</translation>
    </message>
</context>
<context>
    <name>cd::ClassifyDialog</name>
    <message>
        <source>&amp;Negligent: the agent was deceived</source>
        <translation>过失(&amp;N)：代理商受骗</translation>
    </message>
    <message>
        <source>&amp;Intentional: the agent knew or took part</source>
        <translation>故意(&amp;I)：代理商知情或参与</translation>
    </message>
    <message>
        <source>Classify Violation</source>
        <translation>违规定性</translation>
    </message>
    <message>
        <source>Classify Case #%1</source>
        <translation>对案件 #%1 定性</translation>
    </message>
    <message>
        <source>%1 · found %2 · %3
%4</source>
        <translation>%1 · 发现于 %2 · %3
%4</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>定性：</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>定性日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>Choose what the investigation found. The classification is final (§3.9).</source>
        <translation>请根据调查结果选择。定性后不可更改（§3.9）。</translation>
    </message>
    <message>
        <source>%1 becomes supervised and cooperation goes on (§3.9): its contract stays, its customers get a follow-up review every 90 days and weigh three times in spot checks.</source>
        <translation>%1 转为监管中，合作继续（§3.9）：合同保持有效，其终端客户每 90 天回访一次，暗访抽取时按三倍权重计算。</translation>
    </message>
    <message>
        <source>%1 becomes terminated under §3.9 on %2. It may still renew and serve its customers but may not open new numbers (§9.6).</source>
        <translation>%1 将于 %2 依据 §3.9 转为已终止状态。该代理商仍可为其终端客户办理续费并提供服务，但不得开通新号码（§9.6）。</translation>
    </message>
    <message>
        <source>Contract %1 is terminated under §3.9 on %2 and %3 becomes terminated. It may still renew and serve its customers but may not open new numbers (§9.6).</source>
        <translation>合同 %1 将于 %2 依据 §3.9 终止，%3 转为已终止状态。该代理商仍可为其终端客户办理续费并提供服务，但不得开通新号码（§9.6）。</translation>
    </message>
    <message>
        <source>Case #%1 classified as negligent; %2 is now supervised (§3.9).</source>
        <translation>案件 #%1 已定性为过失；%2 已转为监管中（§3.9）。</translation>
    </message>
    <message>
        <source>Case #%1 classified as intentional; %2 is terminated (§3.9).</source>
        <translation>案件 #%1 已定性为故意；%2 已终止合作（§3.9）。</translation>
    </message>
</context>
<context>
    <name>cd::CliApplication</name>
    <message>
        <source>Exit codes: 0 success, 1 refused by a rule or not found, 2 usage error, 3 bad input file (nothing written), 4 database error.</source>
        <translation>退出码：0 成功；1 被规则拒绝或未找到；2 用法错误；3 输入文件有误（未写入任何数据）；4 数据库错误。</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>用法：%1 [--db PATH] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>ChannelDesk from a terminal or a script: the data jobs of the application.</source>
        <translation>在终端或脚本中使用 ChannelDesk：执行本应用的各项数据操作。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Needed by every command that reads or changes the data.</source>
        <translation>所有读取或修改数据的命令均须指定。</translation>
    </message>
    <message>
        <source>Show this help; after a command, the help of that command.</source>
        <translation>显示本帮助；置于命令之后时，显示该命令的帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>&quot;%1 COMMAND --help&quot; shows the usage of one command.</source>
        <translation>&quot;%1 COMMAND --help&quot; 显示单个命令的用法。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUBCOMMAND …</source>
        <translation>用法：%1 %2 SUBCOMMAND …</translation>
    </message>
    <message>
        <source>%1 See &quot;%2&quot;.</source>
        <translation>%1 请参阅 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>未知选项 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Missing value after &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; 后缺少值。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is empty.</source>
        <translation>&quot;%1&quot; 的值为空。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; 需要子命令：%2。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The value of &quot;--%1&quot; is empty.</source>
        <translation>&quot;--%1&quot; 的值为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --user NAME and that user&apos;s password (CHANNELDESK_PASSWORD or asked).</source>
        <translation>&quot;%1&quot; 需要 --user NAME 及该用户的密码（取自 CHANNELDESK_PASSWORD，或在提示时输入）。</translation>
    </message>
</context>
<context>
    <name>cd::CliCommand</name>
    <message>
        <source>The database file (else CHANNELDESK_DB, else the default database).</source>
        <translation>数据库文件（未指定时使用 CHANNELDESK_DB，再无则使用默认数据库）。</translation>
    </message>
    <message>
        <source>Run as this user; the password comes from CHANNELDESK_PASSWORD or is asked.</source>
        <translation>以该用户身份运行；密码取自 CHANNELDESK_PASSWORD，或在提示时输入。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
</context>
<context>
    <name>cd::CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>There is no database at %1; create it with &quot;%2 init&quot;.</source>
        <translation>%1 处没有数据库；请使用 &quot;%2 init&quot; 创建。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>No password given: set %1 or type it when asked.</source>
        <translation>未提供密码：请设置 %1，或在提示时输入。</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码： </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>cd::CloseIncidentDialog</name>
    <message>
        <source>Close Incident</source>
        <translation>结束事件</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, started %4</source>
        <translation>%1 · %2 · %3，开始于 %4</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>结束时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Provider-liable: the platform failed for more than 48 hours (§2.8)</source>
        <translation>由平台承担责任：平台故障超过 48 小时（§2.8）</translation>
    </message>
</context>
<context>
    <name>cd::ComplianceCommands</name>
    <message>
        <source>Missing --%1.</source>
        <translation>缺少 --%1。</translation>
    </message>
    <message>
        <source>Missing --%1 YYYY-MM-DD.</source>
        <translation>缺少 --%1 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 must be a record number, not &quot;%2&quot;.</source>
        <translation>%1 须为记录编号，不能为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Record a platform training session (§2.7); prints its number.</source>
        <translation>登记一场平台培训（§2.7）；输出其编号。</translation>
    </message>
    <message>
        <source>The day the session was held.</source>
        <translation>培训举办日期。</translation>
    </message>
    <message>
        <source>What it covered.</source>
        <translation>培训内容。</translation>
    </message>
    <message>
        <source>Who gave it.</source>
        <translation>培训讲师。</translation>
    </message>
    <message>
        <source>Record the agents that attended a training session (§2.7).</source>
        <translation>登记参加某场培训的代理商（§2.7）。</translation>
    </message>
    <message>
        <source>The session&apos;s number.</source>
        <translation>培训编号。</translation>
    </message>
    <message>
        <source>The code of an agent that attended; one or more.</source>
        <translation>参训代理商的统一社会信用代码；可指定一个或多个。</translation>
    </message>
    <message>
        <source>List signed agents not trained within the due days of their first contract (§2.7).</source>
        <translation>列出首份合同开始后未在规定天数内参加培训的已签约代理商（§2.7）。</translation>
    </message>
    <message>
        <source>Tab-separated columns: agent_uscc, agent_name, first_contract_start, due_by.</source>
        <translation>以制表符分隔的列：agent_uscc, agent_name, first_contract_start, due_by。</translation>
    </message>
    <message>
        <source>As of this day (default today).</source>
        <translation>截至该日（默认为今天）。</translation>
    </message>
    <message>
        <source>Recorded %1 agents at training session %2.</source>
        <translation>已登记 %1 家代理商参加培训 %2。</translation>
    </message>
    <message>
        <source>The violation&apos;s number.</source>
        <translation>违规案件编号。</translation>
    </message>
    <message>
        <source>Open a violation case against an agent; prints its number.</source>
        <translation>为代理商登记违规案件；输出案件编号。</translation>
    </message>
    <message>
        <source>The agent&apos;s code.</source>
        <translation>代理商的统一社会信用代码。</translation>
    </message>
    <message>
        <source>§3.2 (unlawful or improper operation) or §3.9 (fraudulent customers).</source>
        <translation>§3.2（违法或不当经营）或 §3.9（发展欺诈客户）。</translation>
    </message>
    <message>
        <source>The day it was found.</source>
        <translation>发现日期。</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>违规情况说明。</translation>
    </message>
    <message>
        <source>Store an evidence file with a violation case.</source>
        <translation>为违规案件保存证据文件。</translation>
    </message>
    <message>
        <source>The evidence file.</source>
        <translation>证据文件。</translation>
    </message>
    <message>
        <source>Classify a case (§3.9): negligent puts the agent under supervision, intentional terminates its contract.</source>
        <translation>对违规案件定性（§3.9）：定为过失的，代理商转为监管中；定为故意的，终止其合同。</translation>
    </message>
    <message>
        <source>negligent or intentional.</source>
        <translation>negligent（过失）或 intentional（故意）。</translation>
    </message>
    <message>
        <source>The day of the decision.</source>
        <translation>定性日期。</translation>
    </message>
    <message>
        <source>Unknown classification &quot;%1&quot;: use negligent or intentional.</source>
        <translation>未知定性 &quot;%1&quot;，请使用 negligent 或 intentional。</translation>
    </message>
    <message>
        <source>Impose a §3.2 penalty on the agent of a case.</source>
        <translation>依据 §3.2 对违规案件所涉代理商作出处罚。</translation>
    </message>
    <message>
        <source>A fine needs --fine-fen; a stop on new activations needs --from and --until; a downgrade lowers the tier by one; termination ends the contract.</source>
        <translation>罚款须指定 --fine-fen；暂停新开通须指定 --from 和 --until；降级即价格等级下调一级；终止合作即终止合同。</translation>
    </message>
    <message>
        <source>The penalty: %1.</source>
        <translation>处罚类型：%1。</translation>
    </message>
    <message>
        <source>The fine in fen (1 yuan = 100 fen).</source>
        <translation>罚款金额，单位为分（1 元 = 100 分）。</translation>
    </message>
    <message>
        <source>The first day of a stop.</source>
        <translation>暂停新开通的首日。</translation>
    </message>
    <message>
        <source>The last day of a stop.</source>
        <translation>暂停新开通的最后一日。</translation>
    </message>
    <message>
        <source>A note kept with the penalty.</source>
        <translation>随处罚保存的备注。</translation>
    </message>
    <message>
        <source>Missing --kind (%1).</source>
        <translation>缺少 --kind（%1）。</translation>
    </message>
    <message>
        <source>Unknown penalty &quot;%1&quot;: use %2.</source>
        <translation>未知处罚 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>--fine-fen needs a whole number of fen, not &quot;%1&quot;.</source>
        <translation>--fine-fen 须为以分为单位的整数，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <source>Attached %1 (%2 bytes, SHA-256 %3) to violation %4.</source>
        <translation>已将 %1（%2 字节，SHA-256 %3）附加到违规案件 %4。</translation>
    </message>
    <message>
        <source>Violation %1 is classified as %2 (§3.9).</source>
        <translation>违规案件 %1 已定性为 %2（§3.9）。</translation>
    </message>
    <message>
        <source>Penalty %1 on violation %2: %3 (§3.2).</source>
        <translation>已对违规案件 %2 作出处罚 %1：%3（§3.2）。</translation>
    </message>
    <message>
        <source>Record a reminder to a terminated agent that stopped serving (§9.6); prints its number.</source>
        <translation>登记向已停止服务的已终止代理商发出的催告（§9.6）；输出催告编号。</translation>
    </message>
    <message>
        <source>The day the reminder was sent.</source>
        <translation>催告发出日期。</translation>
    </message>
    <message>
        <source>What was sent and how.</source>
        <translation>催告内容及发送方式。</translation>
    </message>
    <message>
        <source>The provider takes over an agent&apos;s customers (§2.3, §9.6).</source>
        <translation>平台接管代理商的终端客户（§2.3、§9.6）。</translation>
    </message>
    <message>
        <source>Grounds: cannot_serve (§2.3, at once), after_reminder (§9.6, a terminated agent after a reminder and the wait), breach_of_law (§9.6, a terminated agent, at once). Without --customer, every customer the agent still serves.</source>
        <translation>接管依据：cannot_serve（§2.3，立即接管）、after_reminder（§9.6，已终止代理商经催告且等待期满后接管）、breach_of_law（§9.6，已终止代理商违法，立即接管）。未指定 --customer 时，接管该代理商仍在服务的全部终端客户。</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>接管依据：%1。</translation>
    </message>
    <message>
        <source>The reason on record.</source>
        <translation>记录在案的原因。</translation>
    </message>
    <message>
        <source>The day of the takeover.</source>
        <translation>接管日期。</translation>
    </message>
    <message>
        <source>Only this customer; may be repeated.</source>
        <translation>仅接管该终端客户；可重复指定。</translation>
    </message>
    <message>
        <source>Unknown grounds &quot;%1&quot;: use %2.</source>
        <translation>未知接管依据 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>The provider took over %1 customers on %2 (%3).</source>
        <translation>平台已于 %2 接管 %1 家终端客户（%3）。</translation>
    </message>
</context>
<context>
    <name>cd::ContractCommands</name>
    <message>
        <source>Missing --year.</source>
        <translation>缺少 --year。</translation>
    </message>
    <message>
        <source>--year needs a year such as 2026, not &quot;%1&quot;.</source>
        <translation>--year 须为年份（如 2026），不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Missing --%1 YYYY-MM-DD.</source>
        <translation>缺少 --%1 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Sign an annual contract; prints its number (§9.2).</source>
        <translation>签订年度合同；输出合同编号（§9.2）。</translation>
    </message>
    <message>
        <source>The contract is active from its start: by default the signing day for an agent&apos;s first contract, else 1 January. An agent has at most one active contract.</source>
        <translation>合同自开始日期起生效：代理商的首份合同默认自签订当日开始，其他合同默认自 1 月 1 日开始。每个代理商最多只能有一份生效中的合同。</translation>
    </message>
    <message>
        <source>The agent&apos;s code.</source>
        <translation>代理商的统一社会信用代码。</translation>
    </message>
    <message>
        <source>The calendar year of the contract.</source>
        <translation>合同所属的自然年度。</translation>
    </message>
    <message>
        <source>The quarterly tasks: new activations in Q1 to Q4.</source>
        <translation>季度任务：Q1 至 Q4 各季度的新开通数量。</translation>
    </message>
    <message>
        <source>The start date, within the year.</source>
        <translation>开始日期，须在该年度内。</translation>
    </message>
    <message>
        <source>Missing --agent USCC.</source>
        <translation>缺少 --agent USCC。</translation>
    </message>
    <message>
        <source>Missing --tasks N1,N2,N3,N4.</source>
        <translation>缺少 --tasks N1,N2,N3,N4。</translation>
    </message>
    <message>
        <source>--tasks needs four whole numbers separated by commas, not &quot;%1&quot;.</source>
        <translation>--tasks 须为以逗号分隔的四个整数，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>End a contract early (§3.9, §3.2); the agent becomes terminated.</source>
        <translation>提前终止合同（§3.9、§3.2）；代理商状态变为已终止。</translation>
    </message>
    <message>
        <source>Reasons: fraud (intentional fraudulent customers, §3.9), improper (unlawful or improper operation, §3.2), request (the agent&apos;s request), ceased (the agent ceased business). The agent keeps serving and renewing its customers (§9.6).</source>
        <translation>终止原因：fraud（故意发展欺诈客户，§3.9）、improper（违法或不当经营，§3.2）、request（代理商申请）、ceased（代理商停止经营）。代理商仍继续为其终端客户提供服务并办理续费（§9.6）。</translation>
    </message>
    <message>
        <source>The contract number, HT-YYYY-NNNN.</source>
        <translation>合同编号，格式为 HT-YYYY-NNNN。</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>终止原因：%1。</translation>
    </message>
    <message>
        <source>The day the contract ends.</source>
        <translation>合同终止日期。</translation>
    </message>
    <message>
        <source>Missing --reason (%1).</source>
        <translation>缺少 --reason（%1）。</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;: use %2.</source>
        <translation>未知原因 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>List contracts, tab-separated.</source>
        <translation>列出合同，以制表符分隔。</translation>
    </message>
    <message>
        <source>Columns: number, agent_uscc, agent_name, year, start_date, end_date, tier, tasks, status, terminated_on, termination_reason, termination_clause.</source>
        <translation>列：number, agent_uscc, agent_name, year, start_date, end_date, tier, tasks, status, terminated_on, termination_reason, termination_clause。</translation>
    </message>
    <message>
        <source>Only this agent&apos;s contracts.</source>
        <translation>仅列出该代理商的合同。</translation>
    </message>
    <message>
        <source>Only contracts with this status: %1.</source>
        <translation>仅列出处于此状态的合同：%1。</translation>
    </message>
    <message>
        <source>Only contracts of this year.</source>
        <translation>仅列出该年度的合同。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation>未知状态 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>Prepare next year&apos;s drafts for every active agent (§9.2).</source>
        <translation>为每个合作中的代理商准备下一年度的合同草稿（§9.2）。</translation>
    </message>
    <message>
        <source>The year of the drafts.</source>
        <translation>草稿所属年度。</translation>
    </message>
    <message>
        <source>Terminated %1 on %2: %3 (%4).</source>
        <translation>已于 %2 终止 %1：%3（%4）。</translation>
    </message>
    <message>
        <source>Prepared %1 contract drafts for %2.</source>
        <translation>已准备 %1 份 %2 年度合同草稿。</translation>
    </message>
</context>
<context>
    <name>cd::ContractDialog</name>
    <message>
        <source>Fi&amp;xed start date:</source>
        <translation>指定开始日期(&amp;X)：</translation>
    </message>
    <message>
        <source>Sign Contract</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Task for Q%1</source>
        <translation>Q%1 任务</translation>
    </message>
    <message>
        <source>Q&amp;%1</source>
        <translation>Q&amp;%1</translation>
    </message>
    <message>
        <source>New activations the agent commits to in each quarter.</source>
        <translation>代理商承诺的各季度新开通数量。</translation>
    </message>
    <message>
        <source>Contracts are annual and end on 31 December (§9.2). An agent has at most one active contract.</source>
        <translation>合同按年度签订，于 12 月 31 日到期（§9.2）。每个代理商最多只能有一份生效中的合同。</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>代理商(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Quarterly tasks:</source>
        <translation>季度任务(&amp;Q)：</translation>
    </message>
    <message>
        <source>From signing (%1): the agent&apos;s first contract runs from the day it is signed to 31 December (§9.2).</source>
        <translation>自签订之日（%1）起：代理商的首份合同自签订当日起至 12 月 31 日止（§9.2）。</translation>
    </message>
    <message>
        <source>From 1 January %1 to 31 December %1 (§9.2).</source>
        <translation>自 %1 年 1 月 1 日至 %1 年 12 月 31 日（§9.2）。</translation>
    </message>
    <message>
        <source>To 31 December %1.</source>
        <translation>至 %1 年 12 月 31 日。</translation>
    </message>
    <message>
        <source>Choose the agent that signs.</source>
        <translation>请选择签约代理商。</translation>
    </message>
    <message>
        <source>A %1 contract must start within %1; %2 does not (§9.2).</source>
        <translation>%1 年度合同的开始日期须在 %1 年内；%2 不符合（§9.2）。</translation>
    </message>
    <message>
        <source>%1 already has the active contract %2 for %3 (§9.2).</source>
        <translation>%1 已有 %3 年度的生效合同 %2（§9.2）。</translation>
    </message>
    <message>
        <source>%1 still has the active contract %2 until %3; an agent has at most one active contract (§9.2).</source>
        <translation>%1 的生效合同 %2 有效期至 %3；每个代理商最多只能有一份生效中的合同（§9.2）。</translation>
    </message>
    <message>
        <source>Signing completes the prepared draft %1.</source>
        <translation>签订即完成已准备的合同草稿 %1。</translation>
    </message>
    <message>
        <source>%1 runs until %2; this contract waits as a draft and takes effect on %3.</source>
        <translation>合同 %1 有效期至 %2；本合同暂为草稿，将于 %3 生效。</translation>
    </message>
    <message>
        <source>The contract takes effect on %1.</source>
        <translation>本合同将于 %1 生效。</translation>
    </message>
    <message>
        <source>The contract is active at once and %1 becomes an active agent.</source>
        <translation>本合同立即生效，%1 转为合作中。</translation>
    </message>
    <message>
        <source>The contract is active at once.</source>
        <translation>本合同立即生效。</translation>
    </message>
</context>
<context>
    <name>cd::ContractListModel</name>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>New activations committed for Q1, Q2, Q3 and Q4</source>
        <translation>Q1、Q2、Q3、Q4 各季度承诺的新开通数量</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Quarterly tasks</source>
        <translation>季度任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>终止情况</translation>
    </message>
</context>
<context>
    <name>cd::ContractService</name>
    <message>
        <source>All contract numbers of %1 are used.</source>
        <translation>%1 年度的合同编号已用尽。</translation>
    </message>
    <message>
        <source>An auditor may not change contracts.</source>
        <translation>审计员不得修改合同。</translation>
    </message>
    <message>
        <source>%1 is not a plausible contract year.</source>
        <translation>%1 不是合理的合同年度。</translation>
    </message>
    <message>
        <source>The task for Q%1 is negative.</source>
        <translation>Q%1 的任务不得为负数。</translation>
    </message>
    <message>
        <source>A %1 contract must start within %1; %2 does not.</source>
        <translation>%1 年度合同的开始日期须在 %1 年内；%2 不符合。</translation>
    </message>
    <message>
        <source>%1 is terminated; it may serve its existing customers but not sign a new contract.</source>
        <translation>%1 已终止合作；可继续服务现有终端客户，但不得签订新合同。</translation>
    </message>
    <message>
        <source>%1 already has the active contract %2 for %3.</source>
        <translation>%1 已有 %3 年度的生效合同 %2。</translation>
    </message>
    <message>
        <source>%1 still has the active contract %2; it must end before another becomes active.</source>
        <translation>%1 仍有生效中的合同 %2；须待其结束后，其他合同方可生效。</translation>
    </message>
    <message>
        <source>%1 already has the active contract %2; an agent has at most one.</source>
        <translation>%1 已有生效中的合同 %2；每个代理商最多只能有一份生效合同。</translation>
    </message>
    <message>
        <source>Contract %1 is %2; only an active or draft contract can be terminated.</source>
        <translation>合同 %1 当前状态为 %2；仅生效中或草稿状态的合同可以终止。</translation>
    </message>
    <message>
        <source>A termination needs its date.</source>
        <translation>请指定终止日期。</translation>
    </message>
    <message>
        <source>The termination date %1 is outside the contract&apos;s term %2 to %3.</source>
        <translation>终止日期 %1 不在合同期限 %2 至 %3 之内。</translation>
    </message>
    <message>
        <source>An auditor may not run the daily sweep.</source>
        <translation>审计员不得运行每日批处理。</translation>
    </message>
    <message>
        <source>There is no contract %1.</source>
        <translation>合同 %1 不存在。</translation>
    </message>
    <message>
        <source>No active contract on %1.</source>
        <translation>%1 当日没有生效合同。</translation>
    </message>
</context>
<context>
    <name>cd::ContractStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>cd::ContractsPage</name>
    <message>
        <source>&amp;Sign Contract…</source>
        <translation>签订合同(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>终止合同(&amp;T)…</translation>
    </message>
    <message>
        <source>Prepare &amp;Next Year&apos;s Drafts…</source>
        <translation>准备下一年度草稿(&amp;N)…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Annual agent contracts (§9.2): at most one active per agent, each ending on 31 December.</source>
        <translation>代理商年度合同（§9.2）：每个代理商最多一份生效合同，均于 12 月 31 日到期。</translation>
    </message>
    <message>
        <source>Prepare %1 drafts for every active agent that has none (§9.2)</source>
        <translation>为尚无 %1 年度草稿的每个合作中代理商准备合同草稿（§9.2）</translation>
    </message>
    <message>
        <source>Agent name, credit code or contract number</source>
        <translation>代理商名称、统一社会信用代码或合同编号</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>No contracts match. Sign one with &quot;Sign Contract…&quot;.</source>
        <translation>没有符合条件的合同。可通过 &quot;签订合同…&quot; 签订。</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>共 %n 份合同</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 signed with %2; it is active until %3.</source>
        <translation>已与 %2 签订合同 %1，有效期至 %3。</translation>
    </message>
    <message>
        <source>Contract %1 signed with %2; it takes effect on %3.</source>
        <translation>已与 %2 签订合同 %1，将于 %3 生效。</translation>
    </message>
    <message>
        <source>Contract %1 terminated under %2; %3 may still renew and serve its customers (§9.6).</source>
        <translation>已依据 %2 终止合同 %1；%3 仍可为其终端客户办理续费并提供服务（§9.6）。</translation>
    </message>
    <message>
        <source>Prepare Drafts</source>
        <translation>准备草稿</translation>
    </message>
    <message>
        <source>Prepare a %1 contract draft for every active agent that has none yet (§9.2)? Each draft keeps the agent&apos;s tier and last tasks and is signed later from this page.</source>
        <translation>确定为尚无 %1 年度合同草稿的每个合作中代理商准备草稿吗（§9.2）？每份草稿沿用代理商的价格等级和上一份合同的季度任务，之后在本页签订。</translation>
    </message>
    <message>
        <source>Every active agent already has a %1 contract or draft.</source>
        <translation>每个合作中的代理商均已有 %1 年度的合同或草稿。</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) for %1 prepared (§9.2).</source>
        <translation>
            <numerusform>已准备 %n 份 %1 年度合同草稿（§9.2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Select a contract to print.</source>
        <translation>请选择要打印的合同。</translation>
    </message>
    <message>
        <source>Preview, print or save the selected contract as PDF</source>
        <translation>预览、打印所选合同或将其保存为 PDF</translation>
    </message>
</context>
<context>
    <name>cd::ContractsReport</name>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>代理商统一社会信用代码</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Tier at signing</source>
        <translation>签约时价格等级</translation>
    </message>
    <message>
        <source>Task Q1</source>
        <translation>Q1 任务</translation>
    </message>
    <message>
        <source>Task Q2</source>
        <translation>Q2 任务</translation>
    </message>
    <message>
        <source>Task Q3</source>
        <translation>Q3 任务</translation>
    </message>
    <message>
        <source>Task Q4</source>
        <translation>Q4 任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Termination clause</source>
        <translation>终止依据条款</translation>
    </message>
</context>
<context>
    <name>cd::CsvImport</name>
    <message>
        <source>Import Agents</source>
        <translation>导入代理商</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>导入终端客户</translation>
    </message>
    <message>
        <source>Import Numbers</source>
        <translation>导入号码</translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation>导入缴费记录</translation>
    </message>
    <message>
        <source>Import Plans</source>
        <translation>导入套餐</translation>
    </message>
    <message>
        <source>Import Prices</source>
        <translation>导入价格</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>&amp;Agents…</source>
        <translation>代理商(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>终端客户(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Numbers…</source>
        <translation>号码(&amp;N)…</translation>
    </message>
    <message>
        <source>Pa&amp;yments…</source>
        <translation>缴费记录(&amp;Y)…</translation>
    </message>
    <message>
        <source>P&amp;lans…</source>
        <translation>套餐(&amp;L)…</translation>
    </message>
    <message>
        <source>P&amp;rices…</source>
        <translation>价格(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 家代理商。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) imported from %1; their qualification reviews are open (§3.9).</source>
        <translation>
            <numerusform>已从 %1 导入 %n 家终端客户；其资质审核已开启（§3.9）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个号码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 笔缴费记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个套餐。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条价格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>This build cannot import &quot;%1&quot;.</source>
        <translation>当前版本无法导入“%1”。</translation>
    </message>
    <message>
        <source>Importing %1: every row is checked, then all are written or none…</source>
        <translation>正在导入 %1：逐行检查后全部写入或全部不写入…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s).</source>
        <translation>
            <numerusform>……另有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Rows</source>
        <translation>查看各行(&amp;R)</translation>
    </message>
    <message>
        <source>Rows to Correct</source>
        <translation>需更正的行</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these rows and import the file again; each line names the file, the line and the column.</source>
        <translation>未导入任何数据。请更正以下各行后重新导入该文件；每行均注明文件、行号和列。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>%1：该文件为 UTF-16 文本；请另存为 &quot;CSV UTF-8&quot; 后重试</translation>
    </message>
    <message>
        <source>%1: the file holds binary data, not CSV text</source>
        <translation>%1：该文件包含二进制数据，不是 CSV 文本</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8, and this build cannot read GB18030; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>%1：该文件不是 UTF-8 编码，且当前版本无法读取 GB18030；请另存为 &quot;CSV UTF-8&quot; 后重试</translation>
    </message>
    <message>
        <source>%1: column %2 of the header has no name</source>
        <translation>%1：表头第 %2 列没有名称</translation>
    </message>
    <message>
        <source>%1: unknown column &quot;%2&quot;; expected: %3</source>
        <translation>%1：未知列 &quot;%2&quot;；允许的列：%3</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; appears more than once</source>
        <translation>%1：列 &quot;%2&quot; 重复出现</translation>
    </message>
    <message>
        <source>%1: missing required column &quot;%2&quot;</source>
        <translation>%1：缺少必填列 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the row has %2 fields, the header has %3</source>
        <translation>%1：该行有 %2 个字段，而表头有 %3 个</translation>
    </message>
    <message>
        <source>%1: the file is neither UTF-8 nor GB18030 text</source>
        <translation>%1：该文件既不是 UTF-8 文本，也不是 GB18030 文本</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation>%1：带引号的字段未闭合</translation>
    </message>
    <message>
        <source>%1: field %2 has text after its closing quote</source>
        <translation>%1：第 %2 个字段的右引号后还有文本</translation>
    </message>
</context>
<context>
    <name>cd::CsvWriter</name>
    <message>
        <source>cannot write the file: it is not open for writing</source>
        <translation>无法写入文件：文件未以写入方式打开</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>cd::CustomerCommands</name>
    <message>
        <source>The legal representative.</source>
        <translation>法定代表人。</translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation>联系人。</translation>
    </message>
    <message>
        <source>The contact phone.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <source>The industry.</source>
        <translation>所属行业。</translation>
    </message>
    <message>
        <source>Who handles the customer&apos;s business when it is not the legal representative; the review then also needs the handler&apos;s ID and an authorisation letter (§3.9).</source>
        <translation>非法定代表人办理业务时的经办人；此时审核还需经办人身份证和授权委托书（§3.9）。</translation>
    </message>
    <message>
        <source>Add a customer; its qualification review opens at once (§3.9).</source>
        <translation>添加终端客户；其资质审核随即开启（§3.9）。</translation>
    </message>
    <message>
        <source>Individual businesses (92…) may be customers; natural persons may not. The developing agent must exist and not be terminated (§9.6).</source>
        <translation>个体工商户（92…）可以成为终端客户，自然人不可以。发展代理商必须存在且未终止合作（§9.6）。</translation>
    </message>
    <message>
        <source>The customer&apos;s registered name.</source>
        <translation>终端客户的注册名称。</translation>
    </message>
    <message>
        <source>The unified social credit code.</source>
        <translation>统一社会信用代码。</translation>
    </message>
    <message>
        <source>The developing agent&apos;s code.</source>
        <translation>发展代理商的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>缺少 --%1。</translation>
    </message>
    <message>
        <source>List customers, tab-separated.</source>
        <translation>列出终端客户，以制表符分隔。</translation>
    </message>
    <message>
        <source>Columns: uscc, name, agent_uscc, legal_rep, handler_name, industry, qualification, service_owner.</source>
        <translation>列：uscc、name、agent_uscc、legal_rep、handler_name、industry、qualification、service_owner。</translation>
    </message>
    <message>
        <source>Only customers this agent developed.</source>
        <translation>仅列出该代理商发展的终端客户。</translation>
    </message>
    <message>
        <source>Only customers whose name or code contains TEXT.</source>
        <translation>仅列出名称或代码包含 TEXT 的终端客户。</translation>
    </message>
    <message>
        <source>Show a customer with its §3.9 checklist, documents and reviews.</source>
        <translation>显示终端客户及其 §3.9 材料清单、材料和审核记录。</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>终端客户的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Change a customer&apos;s details; options not given stay as they are.</source>
        <translation>修改终端客户信息；未指定的选项保持不变。</translation>
    </message>
    <message>
        <source>An empty value clears a field, e.g. --handler &quot;&quot; when the legal representative handles the business again.</source>
        <translation>空值表示清除该字段，例如法定代表人重新亲自办理业务时使用 --handler &quot;&quot;。</translation>
    </message>
    <message>
        <source>Added the customer %1 (%2) for %3; qualification: %4.</source>
        <translation>已为 %3 添加终端客户 %1（%2）；资质：%4。</translation>
    </message>
    <message>
        <source>Checklist (§3.9):</source>
        <translation>材料清单（§3.9）：</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>材料：%1</translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>Updated the customer %1 (%2).</source>
        <translation>已更新终端客户 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>cd::CustomerDetailPage</name>
    <message>
        <source>‹ All Customers</source>
        <translation>‹ 全部终端客户</translation>
    </message>
    <message>
        <source>&amp;Activate a Number…</source>
        <translation>开通号码(&amp;A)…</translation>
    </message>
    <message>
        <source>Back to the list of customers (Esc)</source>
        <translation>返回终端客户列表（Esc）</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>暂无号码。</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>号码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>资质(&amp;Q)</translation>
    </message>
    <message>
        <source>No reviews or checks yet.</source>
        <translation>暂无审核或检查记录。</translation>
    </message>
    <message>
        <source>&amp;Reviews &amp;&amp; Checks</source>
        <translation>审核与检查(&amp;R)</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>信用代码：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Developing agent:</source>
        <translation>发展代理商：</translation>
    </message>
    <message>
        <source>Served by:</source>
        <translation>服务方：</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>资质：</translation>
    </message>
    <message>
        <source>%1 · developed by %2 (%3)</source>
        <translation>%1 · 由 %2（%3）发展</translation>
    </message>
    <message>
        <source>Served by the provider</source>
        <translation>由平台服务</translation>
    </message>
    <message>
        <source>Served by the agent</source>
        <translation>由代理商服务</translation>
    </message>
    <message>
        <source>The legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The provider, since %1 (§2.3, §9.6)</source>
        <translation>平台，自 %1 起（§2.3、§9.6）</translation>
    </message>
    <message>
        <source>The developing agent</source>
        <translation>发展代理商</translation>
    </message>
    <message>
        <source>&amp;Numbers (%1)</source>
        <translation>号码（%1）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Qualification (%1)</source>
        <translation>资质（%1）(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reviews &amp;&amp; Checks (%1)</source>
        <translation>审核与检查（%1）(&amp;R)</translation>
    </message>
    <message>
        <source>%1 activated; paid through %2.</source>
        <translation>%1 已开通；缴费到期日 %2。</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>编辑资料(&amp;E)…</translation>
    </message>
    <message>
        <source>The details of %1 are saved.</source>
        <translation>%1 的资料已保存。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>The earlier details of %1 are back.</source>
        <translation>已恢复 %1 修改前的资料。</translation>
    </message>
</context>
<context>
    <name>cd::CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>新建终端客户</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 位字符，例如 91350100M000100Y43</translation>
    </message>
    <message>
        <source>Empty when the legal representative handles it</source>
        <translation>由法定代表人亲自办理时留空</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 13812345678</source>
        <translation>手机或固定电话，例如 13812345678</translation>
    </message>
    <message>
        <source>An enterprise that will use 400 numbers. Companies and individual businesses qualify; natural persons do not. The customer starts pending: its qualification review opens today (§3.9).</source>
        <translation>将使用 400 号码的企业。公司和个体工商户均可，自然人不可。终端客户初始状态为待审核：其资质审核于今日开启（§3.9）。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Developing &amp;agent:</source>
        <translation>发展代理商(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>经办人(&amp;H)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>Add Customer</source>
        <translation>添加终端客户</translation>
    </message>
    <message>
        <source>Not the legal representative: the handler&apos;s ID and an authorisation letter join the documents to review (§3.9).</source>
        <translation>非法定代表人办理：待审核材料中将增加经办人身份证和授权委托书（§3.9）。</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>编辑终端客户</translation>
    </message>
    <message>
        <source>The credit code and the developing agent stay as they are; the qualification is decided by its review (§3.9).</source>
        <translation>统一社会信用代码和发展代理商不可更改；资质由资质审核决定（§3.9）。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>电话(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>cd::CustomerListModel</name>
    <message>
        <source>Provider since %1</source>
        <translation>平台，自 %1 起</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Developing agent</source>
        <translation>发展代理商</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务方</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
</context>
<context>
    <name>cd::CustomerPicker</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>仅限审核通过</translation>
    </message>
    <message>
        <source>Search by name or credit code</source>
        <translation>按名称或信用代码搜索</translation>
    </message>
    <message>
        <source>Only a customer that passed qualification review may have numbers activated (§3.9)</source>
        <translation>仅可为已通过资质审核的终端客户开通号码（§3.9）</translation>
    </message>
    <message>
        <source>No approved customer matches</source>
        <translation>没有匹配的审核通过的终端客户</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>没有匹配的终端客户</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>请选择终端客户</translation>
    </message>
</context>
<context>
    <name>cd::CustomerService</name>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>终端客户名称不得为空。</translation>
    </message>
    <message>
        <source>A customer with the code %1 already exists: %2.</source>
        <translation>统一社会信用代码为 %1 的终端客户已存在：%2。</translation>
    </message>
    <message>
        <source>%1 is terminated and may not bring in new customers (§9.6)</source>
        <translation>%1 已终止合作，不得发展新的终端客户（§9.6）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Chinese phone number.</source>
        <translation>&quot;%1&quot; 不是有效的中国电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here; use pending or approved.</source>
        <translation>此处不允许使用 &quot;%1&quot;，请使用 pending 或 approved。</translation>
    </message>
    <message>
        <source>An auditor may not change customers.</source>
        <translation>审计员不得修改终端客户。</translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>不存在统一社会信用代码为 %1 的终端客户。</translation>
    </message>
    <message>
        <source>There is no customer with the id %1.</source>
        <translation>不存在 ID 为 %1 的终端客户。</translation>
    </message>
</context>
<context>
    <name>cd::CustomersPage</name>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建终端客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>The enterprises using 400 numbers: who developed them, who serves them, and whether they passed qualification review.</source>
        <translation>使用 400 号码的企业：由谁发展、由谁服务，以及是否已通过资质审核。</translation>
    </message>
    <message>
        <source>Name or credit code</source>
        <translation>名称或信用代码</translation>
    </message>
    <message>
        <source>Served by anyone</source>
        <translation>全部服务方</translation>
    </message>
    <message>
        <source>Served by their agent</source>
        <translation>由代理商服务</translation>
    </message>
    <message>
        <source>Taken over by the provider</source>
        <translation>已由平台接管</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Ser&amp;ved:</source>
        <translation>服务方(&amp;V)：</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln customer(s) shown; narrow the search to see the rest.</source>
        <translation>
            <numerusform>仅显示前 %Ln 家终端客户；请缩小搜索范围以查看其余结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 家终端客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches the search.</source>
        <translation>没有符合搜索条件的终端客户。</translation>
    </message>
    <message>
        <source>No customers yet. Add one with &quot;New Customer…&quot;.</source>
        <translation>暂无终端客户。请通过 &quot;新建终端客户…&quot; 添加。</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>暂无终端客户。</translation>
    </message>
    <message>
        <source>%1 added; its qualification review is open (§3.9).</source>
        <translation>已添加 %1；其资质审核已开启（§3.9）。</translation>
    </message>
</context>
<context>
    <name>cd::CustomersReport</name>
    <message>
        <source>Customers</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Developing agent&apos;s code</source>
        <translation>发展代理商统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>服务方</translation>
    </message>
    <message>
        <source>Taken over on</source>
        <translation>接管日期</translation>
    </message>
    <message>
        <source>Developing agent</source>
        <translation>发展代理商</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>cd::CutPreviewModel</name>
    <message>
        <source>The chain of plan %1 would break: see the links below.</source>
        <translation>将破坏套餐 %1 的价格链：详见下方各项。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>代理级别</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1 天以上</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Numbers in service</source>
        <translation>在用号码</translation>
    </message>
    <message>
        <source>Open the active numbers</source>
        <translation>打开在用号码列表</translation>
    </message>
    <message>
        <source>At risk of reclaim in 30 days</source>
        <translation>30 天内面临回收</translation>
    </message>
    <message>
        <source>Open the suspended numbers</source>
        <translation>打开停机号码列表</translation>
    </message>
    <message>
        <source>Renewals overdue</source>
        <translation>逾期未续费</translation>
    </message>
    <message>
        <source>Open the renewals, overdue ones first</source>
        <translation>打开续费列表，逾期的排在最前</translation>
    </message>
    <message>
        <source>Open violations</source>
        <translation>未结违规</translation>
    </message>
    <message>
        <source>Open the open violation cases</source>
        <translation>打开未结违规案件列表</translation>
    </message>
    <message>
        <source>%1: %2 — click to list them</source>
        <translation>%1：%2 — 点击查看列表</translation>
    </message>
    <message>
        <source>Numbers by status</source>
        <translation>号码状态分布</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Week of %1: %2 due from %3 to %4</source>
        <translation>%1 当周：%3 至 %4 有 %2 个号码到期</translation>
    </message>
    <message>
        <source>Renewals due per week</source>
        <translation>每周到期续费数</translation>
    </message>
    <message>
        <source>Qualification reviews</source>
        <translation>资质审核</translation>
    </message>
    <message>
        <source>Follow-ups and spot checks</source>
        <translation>回访与暗访</translation>
    </message>
    <message>
        <source>%1, %2: %3 open</source>
        <translation>%1，%2：%3 项未结</translation>
    </message>
    <message>
        <source>Open reviews by age</source>
        <translation>未结审核（按已开启天数）</translation>
    </message>
    <message>
        <source>Click an agent to open it</source>
        <translation>点击代理商以打开其详情</translation>
    </message>
    <message>
        <source>of %1 numbers in the pool</source>
        <translation>号码池共 %1 个号码</translation>
    </message>
    <message>
        <source>Suspended for arrears, unpaid; the first reclaim on %1</source>
        <translation>欠费停机且未缴费；最早回收日期为 %1</translation>
    </message>
    <message>
        <source>None reclaimed by %1</source>
        <translation>截至 %1 无号码回收</translation>
    </message>
    <message>
        <source>Past paid-through, in the grace period</source>
        <translation>已过缴费到期日，处于宽限期内</translation>
    </message>
    <message>
        <source>%1 unclassified · %2 negligent · %3 intentional</source>
        <translation>未定性 %1 · 过失 %2 · 故意 %3</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 numbers in the pool</source>
        <translation>号码池共 %1 个号码</translation>
    </message>
    <message>
        <source>The pool is empty: numbers arrive by CSV import.</source>
        <translation>号码池为空：号码通过 CSV 导入。</translation>
    </message>
    <message>
        <source>%1 due from %2 to %3, by week (Monday shown)</source>
        <translation>%2 至 %3 有 %1 个号码到期，按周统计（显示周一日期）</translation>
    </message>
    <message>
        <source>%1 open, age in days since opened</source>
        <translation>%1 项未结，按开启后天数统计</translation>
    </message>
    <message>
        <source>Quarterly completion, %1</source>
        <translation>季度任务完成率，%1</translation>
    </message>
    <message>
        <source>%1 of %2 agents with a task at or above %3 % (promotion) · %4 below half</source>
        <translation>有任务的 %2 家代理商中，%1 家达到或超过 %3%（晋级）· %4 家不足一半</translation>
    </message>
    <message>
        <source>No agent has a task this quarter.</source>
        <translation>本季度没有代理商承担任务。</translation>
    </message>
    <message>
        <source>Figures as of %1, read at %2. Click a bar, a line or a card to open its list.</source>
        <translation>数据截至 %1，读取于 %2。点击柱形、折线或卡片可打开相应列表。</translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message>
        <source>Cannot open the database %1: it is a folder.</source>
        <translation>无法打开数据库 %1：该路径是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a ChannelDesk database or is damaged: %2</source>
        <translation>文件 %1 不是 ChannelDesk 数据库或已损坏：%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>数据库 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>无法读取 %1 的数据库结构版本。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Install the newer version to open it; the file was left unchanged.</source>
        <translation>数据库 %1 由更新版本的 ChannelDesk 写入（结构版本 %2；本版本最高支持 %3）。请安装新版本后再打开；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; the file stays at schema %3: %4</source>
        <translation>将 %1 升级到结构版本 %2 失败；文件仍为结构版本 %3：%4</translation>
    </message>
    <message>
        <source>The database %1 is busy: another program is writing to it. Try again in a moment.</source>
        <translation>数据库 %1 正忙：另一程序正在写入。请稍后重试。</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>数据库 %1 出错：%2</translation>
    </message>
</context>
<context>
    <name>cd::DemoCommand</name>
    <message>
        <source>Fill an empty database with realistic demo data (admin).</source>
        <translation>向空数据库填充逼真的演示数据（仅管理员）。</translation>
    </message>
    <message>
        <source>Number of agents (default 60).</source>
        <translation>代理商数量（默认 60）。</translation>
    </message>
    <message>
        <source>Number of customers (default 1500).</source>
        <translation>终端客户数量（默认 1500）。</translation>
    </message>
    <message>
        <source>Number of 400 numbers (default 6000).</source>
        <translation>400 号码数量（默认 6000）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>--agents needs a whole number from 1 to 9000.</source>
        <translation>--agents 须为 1 至 9000 之间的整数。</translation>
    </message>
    <message>
        <source>--customers needs a whole number from 0 to 5000000.</source>
        <translation>--customers 须为 0 至 5000000 之间的整数。</translation>
    </message>
    <message>
        <source>--numbers needs a whole number from 0 to 10000000.</source>
        <translation>--numbers 须为 0 至 10000000 之间的整数。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed 须为 0 至 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>Demo data written in %1 ms:</source>
        <translation>演示数据已写入，耗时 %1 毫秒：</translation>
    </message>
    <message>
        <source>Agents, contracts, plans and prices, customers, numbers in every status, payments, violations, training and platform incidents. The same seed gives the same data. Refused when the database already holds agents, plans, customers or numbers.</source>
        <translation>包括代理商、合同、套餐与价格、终端客户、各种状态的号码、缴费、违规、培训和平台故障事件。相同的种子生成相同的数据。数据库中已有代理商、套餐、终端客户或号码时拒绝执行。</translation>
    </message>
</context>
<context>
    <name>cd::DemoGenerator</name>
    <message>
        <source>Only an admin may fill the database with demo data.</source>
        <translation>仅管理员可以向数据库填充演示数据。</translation>
    </message>
    <message>
        <source>Demo sizes: 1–9000 agents, 0–5000000 customers, 0–10000000 numbers.</source>
        <translation>演示数据规模：代理商 1–9000 家，终端客户 0–5000000 家，号码 0–10000000 个。</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database; this one already holds agents, plans, customers or numbers.</source>
        <translation>演示数据只能写入空数据库；当前数据库中已有代理商、套餐、终端客户或号码。</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础版</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>商务版</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>高级版</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>旗舰版</translation>
    </message>
    <message>
        <source>The demo prices of plan %1 break the price chain: %2</source>
        <translation>套餐 %1 的演示价格违反价格链：%2</translation>
    </message>
    <message>
        <source>A customer developed by the agent was found using its number for fraud.</source>
        <translation>发现该代理商发展的终端客户利用其号码从事欺诈。</translation>
    </message>
    <message>
        <source>Numbers were advertised below the agreed price.</source>
        <translation>号码以低于约定价格的价格对外宣传。</translation>
    </message>
    <message>
        <source>The business licence has expired.</source>
        <translation>营业执照已过期。</translation>
    </message>
    <message>
        <source>The authorisation letter is missing.</source>
        <translation>缺少授权委托书。</translation>
    </message>
</context>
<context>
    <name>cd::DestinationsDialog</name>
    <message>
        <source>Destinations</source>
        <translation>落地号码</translation>
    </message>
    <message>
        <source>Destinations of %1</source>
        <translation>%1 的落地号码</translation>
    </message>
    <message>
        <source>The phones a call to the number rings, in order: one per line, mobile or landline with its area code.</source>
        <translation>来电依次转接的电话：每行一个，手机或带区号的固定电话。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Not a Chinese phone number: %1</source>
        <translation>不是有效的中国电话号码：%1</translation>
    </message>
</context>
<context>
    <name>cd::DisputeDialog</name>
    <message>
        <source>Record Dispute</source>
        <translation>登记投诉/争议</translation>
    </message>
    <message>
        <source>What the customer claims</source>
        <translation>终端客户的诉求</translation>
    </message>
    <message>
        <source>Against incident #%1: %2</source>
        <translation>针对事件 #%1：%2</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>终端客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>提出日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Provider-liable, as the incident is (§2.8)</source>
        <translation>由平台承担责任，与该事件一致（§2.8）</translation>
    </message>
</context>
<context>
    <name>cd::DocumentKind</name>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID</source>
        <translation>法人身份证</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>受理单</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>使用承诺书</translation>
    </message>
    <message>
        <source>Handler&apos;s ID</source>
        <translation>经办人身份证</translation>
    </message>
    <message>
        <source>Authorisation letter</source>
        <translation>授权委托书</translation>
    </message>
</context>
<context>
    <name>cd::DocumentListModel</name>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>cd::DocumentPreviewDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3 by %4
SHA-256 %5</source>
        <translation>%1 · %2 · 由 %4 于 %3 添加
SHA-256 %5</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. Save it and open it with its own program.</source>
        <translation>此类文件无法在此显示。请另存后用相应程序打开。</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Document</source>
        <translation>保存材料</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>cd::DocumentRenderer</name>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>无法生成 PDF。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::DocumentTemplate</name>
    <message>
        <source>The document template %1 is missing from this build.</source>
        <translation>当前版本缺少文档模板 %1。</translation>
    </message>
    <message>
        <source>The document template leaves %1 unfilled.</source>
        <translation>文档模板中的 %1 未填写。</translation>
    </message>
</context>
<context>
    <name>cd::EvaluateCommand</name>
    <message>
        <source>Missing --quarter YYYYQN.</source>
        <translation>缺少 --quarter YYYYQN。</translation>
    </message>
    <message>
        <source>--quarter needs a quarter written like 2026Q3, not &quot;%1&quot;.</source>
        <translation>--quarter 须为 2026Q3 格式的季度，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>PROPOSAL_ID needs the number of a proposal, not &quot;%1&quot;.</source>
        <translation>PROPOSAL_ID 须为提议编号，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The calendar quarter, e.g. 2026Q3.</source>
        <translation>自然季度，例如 2026Q3。</translation>
    </message>
    <message>
        <source>Compute task completion and store tier proposals for a quarter (§2.4).</source>
        <translation>计算某季度的任务完成率，并保存价格等级晋级提议（§2.4）。</translation>
    </message>
    <message>
        <source>Completion is the quarter&apos;s new activations (a level-1 agent counts its sub-agents&apos; too) divided by the contract&apos;s task. At or above the promotion threshold one tier up is proposed from the next quarter; a tier never drops here. Prints one line per agent: code, name, task, activations, completion, tier → proposed tier, proposal number and status. Running it again recomputes open lines and keeps decided ones. Decide with &quot;%1 tier approve PROPOSAL_ID&quot; or &quot;%1 tier decline PROPOSAL_ID&quot;.</source>
        <translation>完成率 = 该季度新开通数量（一级代理同时计入其二级代理的新开通）÷ 合同规定的该季度任务。达到或超过晋级门槛的，提议自下一季度起上调一个价格等级；考核不会下调价格等级。每个代理商输出一行：统一社会信用代码、名称、任务、新开通数、完成率、价格等级 → 提议价格等级、提议编号及状态。再次运行时重新计算未决定的行，已决定的行保持不变。使用 &quot;%1 tier approve PROPOSAL_ID&quot; 或 &quot;%1 tier decline PROPOSAL_ID&quot; 作出决定。</translation>
    </message>
    <message>
        <source>Show a quarter&apos;s stored evaluation and its proposals, read-only.</source>
        <translation>只读显示某季度已保存的考核结果及晋级提议。</translation>
    </message>
    <message>
        <source>The proposal&apos;s number, as &quot;evaluate&quot; prints it.</source>
        <translation>提议编号，即 &quot;evaluate&quot; 输出的编号。</translation>
    </message>
    <message>
        <source>Approve a proposed promotion; the tier applies from the next quarter (§2.4).</source>
        <translation>批准晋级提议；新价格等级自下一季度起适用（§2.4）。</translation>
    </message>
    <message>
        <source>Decline a proposed promotion (§2.4).</source>
        <translation>驳回晋级提议（§2.4）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 to %3): %n agent(s) evaluated</source>
        <translation>
            <numerusform>%1（%2 至 %3）：已考核 %n 家代理商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n proposal(s) open (threshold %1 %).</source>
        <translation>
            <numerusform>；%n 项晋级提议待决定（晋级门槛 %1%）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal %1 approved: the new tier applies from the first day of the next quarter (§2.4).</source>
        <translation>已批准提议 %1：新价格等级自下一季度首日起适用（§2.4）。</translation>
    </message>
    <message>
        <source>Proposal %1 declined; the agent keeps its tier.</source>
        <translation>已驳回提议 %1；代理商保持原价格等级。</translation>
    </message>
</context>
<context>
    <name>cd::EvaluationModel</name>
    <message>
        <source>No proposal</source>
        <translation>无提议</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>Approved, from %1</source>
        <translation>已批准，自 %1 起</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>%1 (level 2)</source>
        <translation>%1（二级代理）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>无任务</translation>
    </message>
    <message>
        <source>%1 new activations of a task of %2</source>
        <translation>任务 %2，新开通 %1</translation>
    </message>
    <message>
        <source>No task for this quarter: no contract, or a task of zero.</source>
        <translation>本季度无任务：无合同或任务为零。</translation>
    </message>
    <message>
        <source>Level 1: counts its sub-agents&apos; activations too</source>
        <translation>一级代理：同时计入其二级代理的新开通</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级代理</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>新开通</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>提议价格等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cd::EvaluationView</name>
    <message>
        <source>&amp;Evaluate</source>
        <translation>执行考核(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Approve Promotion</source>
        <translation>批准晋级(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>驳回(&amp;D)</translation>
    </message>
    <message>
        <source>Q%1 (%2–%3)</source>
        <translation>Q%1（%2–%3）</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Compute each agent&apos;s completion and propose promotions; decided proposals are kept.</source>
        <translation>计算各代理商的任务完成率并提出晋级提议；已决定的提议保持不变。</translation>
    </message>
    <message>
        <source>This quarter has not been evaluated. Press &quot;Evaluate&quot; to compute it.</source>
        <translation>本季度尚未考核。请点击 &quot;执行考核&quot; 进行计算。</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <source>%1. Not evaluated yet.</source>
        <translation>%1。尚未考核。</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n agent(s); promotion at %2 % of the task or more, one tier up from %3 (§2.4).</source>
        <translation>
            <numerusform>%1。共 %n 家代理商；任务完成率达到 %2% 及以上的，自 %3 起上调一个价格等级（§2.4）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) open.</source>
        <translation>
            <numerusform>%n 项晋级提议待决定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 evaluated: %n agent(s)</source>
        <translation>
            <numerusform>%1 已考核：%n 家代理商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n promotion(s) waiting for a decision.</source>
        <translation>
            <numerusform>，%n 项晋级待决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moves up to %2 from %3 (§2.4).</source>
        <translation>%1 自 %3 起上调至 %2（§2.4）。</translation>
    </message>
    <message>
        <source>The promotion of %1 to %2 was declined; it stays %3.</source>
        <translation>已驳回 %1 晋级至 %2 的提议；其价格等级仍为 %3。</translation>
    </message>
    <message>
        <source>Evaluating %1: task completion of every agent…</source>
        <translation>正在考核 %1：计算各代理商的任务完成情况…</translation>
    </message>
</context>
<context>
    <name>cd::ExportCommand</name>
    <message>
        <source>Write a report as CSV.</source>
        <translation>将报表导出为 CSV 文件。</translation>
    </message>
    <message>
        <source>The first line holds the column keys. Phones, emails and ID numbers are masked unless --include-personal-data is given by a user with the right (§2.6). The file is written whole or not at all.</source>
        <translation>首行为各列的键名。除非由有相应权限的用户指定 --include-personal-data，否则电话、邮箱和证件号码均作脱敏处理（§2.6）。文件要么完整写入，要么不写入。</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>报表：%1。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>The date the report is as of (default today).</source>
        <translation>报表的截至日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Leave phones, emails and ID numbers unmasked (§2.6; not for auditors).</source>
        <translation>电话、邮箱和证件号码不作脱敏处理（§2.6；审计员不可使用）。</translation>
    </message>
    <message>
        <source>The report %1 is not available in this version; the reports are: %2.</source>
        <translation>当前版本不提供报表 %1；可用的报表：%2。</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;; the reports are: %2.</source>
        <translation>未知报表 &quot;%1&quot;；可用的报表：%2。</translation>
    </message>
    <message>
        <source>Missing --out FILE.</source>
        <translation>缺少 --out FILE。</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <source>Write codes of 12 or more digits (USCCs) as =&quot;…&quot; so Excel keeps them as text instead of 1.21E+17; the importers read them back.</source>
        <translation>将 12 位及以上的代码（统一社会信用代码）写为 =&quot;…&quot;，使 Excel 将其保留为文本而非 1.21E+17；导入时可正确读回。</translation>
    </message>
</context>
<context>
    <name>cd::FirstRunDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码。</translation>
    </message>
    <message>
        <source>Welcome to ChannelDesk</source>
        <translation>欢迎使用 ChannelDesk</translation>
    </message>
    <message>
        <source>Channel management for 400-number providers</source>
        <translation>面向 400 号码服务商的渠道管理系统</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator signs in first, adds the other users and sets the business parameters.</source>
        <translation>本数据库尚无任何账号。请创建管理员账号：管理员首先登录，然后添加其他用户并设置业务参数。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再次输入相同的密码</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Writing demo data: agents, contracts, customers and numbers…</source>
        <translation>正在写入演示数据：代理商、合同、终端客户和号码…</translation>
    </message>
    <message>
        <source>Your account is ready, but the demo data could not be written: %1</source>
        <translation>您的账号已创建，但无法写入演示数据：%1</translation>
    </message>
    <message>
        <source>Demo data added: %1 agents, %2 customers and %3 numbers. Every name and number in it is made up.</source>
        <translation>已添加演示数据：%1 家代理商、%2 家终端客户和 %3 个号码。其中所有名称和号码均为虚构。</translation>
    </message>
    <message>
        <source>&amp;Fill with demo data to try ChannelDesk</source>
        <translation>填充演示数据以试用 ChannelDesk(&amp;F)</translation>
    </message>
    <message>
        <source>Adds %1 agents, %2 customers and %3 numbers with made-up names, so that every screen has something to show. Leave it off for real work: demo data is not removed later.</source>
        <translation>添加 %1 家代理商、%2 家终端客户和 %3 个号码（名称均为虚构），使各界面均有内容可供查看。正式使用时请勿勾选：演示数据日后不会被删除。</translation>
    </message>
</context>
<context>
    <name>cd::FollowUpService</name>
    <message>
        <source>Follow-ups are computed as of a date.</source>
        <translation>回访须按指定日期计算。</translation>
    </message>
    <message>
        <source>An auditor may not schedule follow-up reviews.</source>
        <translation>审计员不得安排回访。</translation>
    </message>
</context>
<context>
    <name>cd::GlobalSearch</name>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
</context>
<context>
    <name>cd::Grade</name>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>特殊</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>精品</translation>
    </message>
</context>
<context>
    <name>cd::ImportCommand</name>
    <message>
        <source>Load a CSV file: all rows or none.</source>
        <translation>导入 CSV 文件：要么全部导入，要么全部不导入。</translation>
    </message>
    <message>
        <source>Every bad row is reported as FILE:LINE: column: message, and then nothing is written (exit code 3).</source>
        <translation>每个有误的行均以 FILE:LINE: column: message 的格式报告，此时不写入任何数据（退出码 3）。</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>文件内容类型：%1。</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8 or GB18030).</source>
        <translation>CSV 文件（UTF-8 或 GB18030 编码）。</translation>
    </message>
    <message>
        <source>Check every row but write nothing.</source>
        <translation>校验每一行，但不写入任何数据。</translation>
    </message>
    <message>
        <source>Import of %1 is not available in this version.</source>
        <translation>当前版本不支持导入 %1。</translation>
    </message>
    <message>
        <source>Unknown import kind &quot;%1&quot;; the kinds are: %2.</source>
        <translation>未知导入类型 &quot;%1&quot;；可用的类型：%2。</translation>
    </message>
    <message>
        <source>Dry run: %1 rows of %2 in %3 are valid; nothing was written.</source>
        <translation>试运行：%3 中的 %1 行 %2 数据均有效；未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 from %3.</source>
        <translation>已从 %3 导入 %1 行 %2 数据。</translation>
    </message>
</context>
<context>
    <name>cd::ImportRunner</name>
    <message>
        <source>%1 may not import files: the role %2 can only read</source>
        <translation>%1 不得导入文件：%2 角色仅有只读权限</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%1 中有 %n 处错误；未导入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not import %2: only an administrator changes plans and prices.</source>
        <translation>%1 不得导入 %2：仅管理员可修改套餐和价格。</translation>
    </message>
</context>
<context>
    <name>cd::IncidentCause</name>
    <message>
        <source>The platform itself</source>
        <translation>平台自身</translation>
    </message>
    <message>
        <source>A carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>An attack</source>
        <translation>网络攻击</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>cd::IncidentCommands</name>
    <message>
        <source>Missing --%1.</source>
        <translation>缺少 --%1。</translation>
    </message>
    <message>
        <source>Missing --%1 YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>缺少 --%1 YYYY-MM-DDTHH:MM:SSZ。</translation>
    </message>
    <message>
        <source>--%1 needs a UTC time written YYYY-MM-DDTHH:MM:SSZ, not &quot;%2&quot;.</source>
        <translation>--%1 须为 YYYY-MM-DDTHH:MM:SSZ 格式的 UTC 时间，不能为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 must be a record number, not &quot;%2&quot;.</source>
        <translation>%1 须为记录编号，不能为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Record planned maintenance or an outage (§2.8); prints its number.</source>
        <translation>登记计划维护或故障（§2.8）；输出其编号。</translation>
    </message>
    <message>
        <source>Times are UTC, written YYYY-MM-DDTHH:MM:SSZ. Maintenance needs its end, the time agents were told and the channel, and writes a maintenance notice to each affected agent; a notice less than 24 hours ahead is flagged late. Without --agent every agent is affected. An outage without --end goes on until &quot;incident close&quot;.</source>
        <translation>时间均为 UTC，格式为 YYYY-MM-DDTHH:MM:SSZ。维护须提供结束时间、通知代理商的时间和方式，并向每个受影响的代理商发出维护通知；提前不足 24 小时的通知标记为逾期通知。未指定 --agent 时影响全部代理商。未指定 --end 的故障持续至执行 &quot;incident close&quot; 为止。</translation>
    </message>
    <message>
        <source>maintenance or outage.</source>
        <translation>maintenance（维护）或 outage（故障）。</translation>
    </message>
    <message>
        <source>A short title.</source>
        <translation>简短标题。</translation>
    </message>
    <message>
        <source>What caused it: %1.</source>
        <translation>原因：%1。</translation>
    </message>
    <message>
        <source>When it started (UTC).</source>
        <translation>开始时间（UTC）。</translation>
    </message>
    <message>
        <source>When it ended or is planned to end (UTC).</source>
        <translation>结束时间或计划结束时间（UTC）。</translation>
    </message>
    <message>
        <source>When agents were told (UTC).</source>
        <translation>通知代理商的时间（UTC）。</translation>
    </message>
    <message>
        <source>How agents were told: %1.</source>
        <translation>通知代理商的方式：%1。</translation>
    </message>
    <message>
        <source>The code of an affected agent; may be repeated.</source>
        <translation>受影响代理商的代码；可重复指定。</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>事件经过。</translation>
    </message>
    <message>
        <source>Unknown incident kind &quot;%1&quot;: use %2.</source>
        <translation>未知事件类型 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>Unknown cause &quot;%1&quot;: use %2.</source>
        <translation>未知原因 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;: use %2.</source>
        <translation>未知通知方式 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>Record the end of an ongoing incident (§2.8).</source>
        <translation>登记进行中事件的结束（§2.8）。</translation>
    </message>
    <message>
        <source>The incident&apos;s number.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <source>When it ended (UTC).</source>
        <translation>结束时间（UTC）。</translation>
    </message>
    <message>
        <source>List platform incidents with their §2.8 flags.</source>
        <translation>列出平台故障与维护事件及其 §2.8 标记。</translation>
    </message>
    <message>
        <source>Tab-separated, with the columns of &quot;export incidents&quot;.</source>
        <translation>以制表符分隔，列与 &quot;export incidents&quot; 相同。</translation>
    </message>
    <message>
        <source>Record a customer&apos;s dispute against an incident (§2.8); prints its number and whether the provider is liable.</source>
        <translation>登记终端客户针对某一事件的投诉/争议（§2.8）；输出其编号以及是否由平台承担责任。</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>终端客户的统一社会信用代码。</translation>
    </message>
    <message>
        <source>The day the dispute was raised.</source>
        <translation>提出投诉/争议的日期。</translation>
    </message>
    <message>
        <source>What the customer disputes.</source>
        <translation>终端客户投诉/争议的内容。</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>warning: the agents were told less than 24 hours before the maintenance started (§2.8).</source>
        <translation>警告：通知代理商的时间距维护开始不足 24 小时（§2.8）。</translation>
    </message>
    <message>
        <source>Incident %1 closed; the provider is liable for the disputes it caused (§2.8).</source>
        <translation>事件 %1 已结束；由此引起的投诉/争议由平台承担责任（§2.8）。</translation>
    </message>
    <message>
        <source>Incident %1 closed.</source>
        <translation>事件 %1 已结束。</translation>
    </message>
</context>
<context>
    <name>cd::IncidentDialog</name>
    <message>
        <source>Still &amp;going on</source>
        <translation>仍在进行中(&amp;G)</translation>
    </message>
    <message>
        <source>Agents were &amp;told:</source>
        <translation>通知代理商时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;All active agents</source>
        <translation>全部合作中代理商(&amp;A)</translation>
    </message>
    <message>
        <source>Record Incident</source>
        <translation>登记事件</translation>
    </message>
    <message>
        <source>e.g. Core switch upgrade</source>
        <translation>例如：核心交换机升级</translation>
    </message>
    <message>
        <source>Only the platform&apos;s own failures can make the provider liable; carriers and attacks are best-effort (§2.8)</source>
        <translation>仅平台自身故障可能由平台承担责任；运营商原因及网络攻击仅尽力处理（§2.8）</translation>
    </message>
    <message>
        <source>What happened or will happen, and what agents and customers notice</source>
        <translation>已发生或将发生的情况，以及代理商和终端客户受到的影响</translation>
    </message>
    <message>
        <source>Planned maintenance must be announced at least 24 hours before it starts; a platform failure of more than 48 hours makes the provider liable (§2.8). Times are local.</source>
        <translation>计划维护须至少提前 24 小时通知；平台故障超过 48 小时的，由平台承担责任（§2.8）。时间均为本地时间。</translation>
    </message>
    <message>
        <source>b&amp;y</source>
        <translation>方式(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>Affected a&amp;gents:</source>
        <translation>受影响代理商(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Late notice: less than 24 hours ahead</source>
        <translation>逾期通知：提前不足 24 小时</translation>
    </message>
    <message>
        <source>Provider-liable</source>
        <translation>由平台承担责任</translation>
    </message>
</context>
<context>
    <name>cd::IncidentKind</name>
    <message>
        <source>Planned maintenance</source>
        <translation>计划维护</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>cd::IncidentListModel</name>
    <message>
        <source>Late notice</source>
        <translation>逾期通知</translation>
    </message>
    <message>
        <source>Provider-liable</source>
        <translation>由平台承担责任</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Maintenance announced less than 24 hours before its start (§2.8)</source>
        <translation>维护通知距开始不足 24 小时（§2.8）</translation>
    </message>
    <message>
        <source>The platform&apos;s own failure lasted more than 48 hours: the provider is liable (§2.8)</source>
        <translation>平台自身故障持续超过 48 小时：由平台承担责任（§2.8）</translation>
    </message>
    <message>
        <source>Every active agent</source>
        <translation>全部合作中代理商</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>投诉/争议</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>cd::IncidentService</name>
    <message>
        <source>Give the incident a title.</source>
        <translation>请填写事件标题。</translation>
    </message>
    <message>
        <source>An incident needs the moment it started (UTC, e.g. 2026-03-10T08:00:00Z).</source>
        <translation>事件须填写开始时间（UTC，例如 2026-03-10T08:00:00Z）。</translation>
    </message>
    <message>
        <source>An incident must end after it starts.</source>
        <translation>事件的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>Planned maintenance needs its planned end.</source>
        <translation>计划维护须填写计划结束时间。</translation>
    </message>
    <message>
        <source>Planned maintenance needs the time agents were told and the channel: letter, fax, phone or email.</source>
        <translation>计划维护须填写通知代理商的时间和方式：信函、传真、电话或电子邮件。</translation>
    </message>
    <message>
        <source>A notice needs both its time and its channel: letter, fax, phone or email.</source>
        <translation>通知须同时填写时间和方式：信函、传真、电话或电子邮件。</translation>
    </message>
    <message>
        <source>An auditor may not record incidents.</source>
        <translation>审计员不得登记故障与维护事件。</translation>
    </message>
    <message>
        <source>Closing an incident needs the moment it ended (UTC, e.g. 2026-03-10T08:00:00Z).</source>
        <translation>结束事件须填写结束时间（UTC，例如 2026-03-10T08:00:00Z）。</translation>
    </message>
    <message>
        <source>Incident %1 already ended at %2.</source>
        <translation>事件 %1 已于 %2 结束。</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>不存在事件 %1。</translation>
    </message>
    <message>
        <source>An auditor may not record disputes.</source>
        <translation>审计员不得登记投诉/争议。</translation>
    </message>
    <message>
        <source>A dispute needs the day it was raised.</source>
        <translation>投诉/争议须填写提出日期。</translation>
    </message>
    <message>
        <source>Describe the dispute.</source>
        <translation>请描述投诉/争议内容。</translation>
    </message>
    <message>
        <source>A dispute raised on %1 cannot come from incident %2, which started on %3.</source>
        <translation>%1 提出的投诉/争议不可能由 %3 才开始的事件 %2 引起。</translation>
    </message>
    <message>
        <source>There is no dispute %1.</source>
        <translation>不存在投诉/争议 %1。</translation>
    </message>
</context>
<context>
    <name>cd::IncidentsPage</name>
    <message>
        <source>&amp;Record Incident…</source>
        <translation>登记事件(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lose Incident…</source>
        <translation>结束事件(&amp;L)…</translation>
    </message>
    <message>
        <source>Record &amp;Dispute…</source>
        <translation>登记投诉/争议(&amp;D)…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>故障与维护</translation>
    </message>
    <message>
        <source>Planned maintenance and outages of the platform, the notice agents got, and the customer disputes they caused (§2.8).</source>
        <translation>平台的计划维护和故障、向代理商发出的通知，以及由此引起的终端客户投诉/争议（§2.8）。</translation>
    </message>
    <message>
        <source>No incidents on record.</source>
        <translation>暂无故障与维护事件记录。</translation>
    </message>
    <message>
        <source>Customer disputes</source>
        <translation>终端客户投诉/争议</translation>
    </message>
    <message>
        <source>An auditor reads incidents but may not record or change them.</source>
        <translation>审计员可查看事件，但不得登记或修改事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ongoing</source>
        <translation>
            <numerusform>%n 个进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <source>Select an incident to see the agents it affects and the disputes raised against it.</source>
        <translation>请选择一个事件以查看受影响的代理商及针对该事件提出的投诉/争议。</translation>
    </message>
    <message>
        <source>Incident #%1 · %2</source>
        <translation>事件 #%1 · %2</translation>
    </message>
    <message>
        <source>%1, caused by %2: %3 to %4</source>
        <translation>%1，原因：%2；%3 至 %4</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Agents told %1 by %2.</source>
        <translation>已于 %1 通过 %2 通知代理商。</translation>
    </message>
    <message>
        <source>Agents were not told.</source>
        <translation>未通知代理商。</translation>
    </message>
    <message>
        <source>Late notice: announced less than 24 hours before the start (§2.8).</source>
        <translation>逾期通知：通知时间距开始不足 24 小时（§2.8）。</translation>
    </message>
    <message>
        <source>Provider-liable: the platform&apos;s own failure lasted more than 48 hours (§2.8).</source>
        <translation>由平台承担责任：平台自身故障持续超过 48 小时（§2.8）。</translation>
    </message>
    <message>
        <source>Affects every active agent.</source>
        <translation>影响全部合作中代理商。</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>受影响代理商：%1</translation>
    </message>
    <message>
        <source>Recorded by %1.</source>
        <translation>登记人：%1。</translation>
    </message>
    <message>
        <source>[Provider-liable] %1</source>
        <translation>【由平台承担责任】%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Incident #%1 recorded: %2.</source>
        <translation>已登记事件 #%1：%2。</translation>
    </message>
    <message>
        <source>Its notice came late (§2.8).</source>
        <translation>其通知为逾期通知（§2.8）。</translation>
    </message>
    <message>
        <source>Incident #%1 closed.</source>
        <translation>事件 #%1 已结束。</translation>
    </message>
    <message>
        <source>The provider is liable (§2.8).</source>
        <translation>由平台承担责任（§2.8）。</translation>
    </message>
    <message>
        <source>Dispute of %1 recorded against incident #%2: provider-liable (§2.8).</source>
        <translation>已登记 %1 针对事件 #%2 的投诉/争议：由平台承担责任（§2.8）。</translation>
    </message>
    <message>
        <source>Dispute of %1 recorded against incident #%2.</source>
        <translation>已登记 %1 针对事件 #%2 的投诉/争议。</translation>
    </message>
</context>
<context>
    <name>cd::IncidentsReport</name>
    <message>
        <source>Platform incidents</source>
        <translation>平台故障与维护</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>Ended (UTC)</source>
        <translation>结束时间（UTC）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Agents told (UTC)</source>
        <translation>通知代理商时间（UTC）</translation>
    </message>
    <message>
        <source>Notice channel</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>Late notice</source>
        <translation>逾期通知</translation>
    </message>
    <message>
        <source>Provider liable</source>
        <translation>由平台承担责任</translation>
    </message>
    <message>
        <source>Agents affected</source>
        <translation>受影响代理商</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>投诉/争议</translation>
    </message>
    <message>
        <source>Provider-liable disputes</source>
        <translation>由平台承担责任的投诉/争议</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>cd::InitCommand</name>
    <message>
        <source>Create or upgrade the database; with --admin, create the first administrator.</source>
        <translation>创建或升级数据库；指定 --admin 时，同时创建首个管理员。</translation>
    </message>
    <message>
        <source>The administrator&apos;s password comes from CHANNELDESK_PASSWORD or is asked twice. Once the database has users, add more with &quot;user add&quot;.</source>
        <translation>管理员密码取自 CHANNELDESK_PASSWORD，或在提示时输入两次。数据库中已有用户后，请使用 &quot;user add&quot; 添加更多用户。</translation>
    </message>
    <message>
        <source>Create the first administrator with this name.</source>
        <translation>以此名称创建首个管理员。</translation>
    </message>
    <message>
        <source>Created the database %1 at schema version %2.</source>
        <translation>已创建数据库 %1，结构版本为 %2。</translation>
    </message>
    <message>
        <source>Upgraded the database %1 from schema version %2 to %3.</source>
        <translation>已将数据库 %1 的结构版本从 %2 升级到 %3。</translation>
    </message>
    <message>
        <source>The database %1 is up to date at schema version %2.</source>
        <translation>数据库 %1 已是最新，结构版本为 %2。</translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation>新管理员 %1 的密码： </translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation>已创建管理员 %1。</translation>
    </message>
</context>
<context>
    <name>cd::LifecycleSweep</name>
    <message>
        <source>An auditor may not run the daily sweep.</source>
        <translation>审计员不得运行每日批处理。</translation>
    </message>
    <message>
        <source>The sweep needs the date to run up to.</source>
        <translation>批处理须指定截至日期。</translation>
    </message>
</context>
<context>
    <name>cd::ListTable</name>
    <message>
        <source>&amp;Copy Row</source>
        <translation>复制整行(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cd::LoginDialog</name>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Sign in to ChannelDesk</source>
        <translation>登录 ChannelDesk</translation>
    </message>
    <message>
        <source>Channel management for 400-number providers</source>
        <translation>面向 400 号码服务商的渠道管理系统</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>您的用户名</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>cd::MainWindow</name>
    <message>
        <source>ChannelDesk — %1</source>
        <translation>ChannelDesk — %1</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Navigation &amp;Sidebar</source>
        <translation>导航栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>关于 ChannelDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>当前登录用户</translation>
    </message>
    <message>
        <source>Channel management for 400-number providers: agents, contracts, prices, customers, numbers and renewals in one place.</source>
        <translation>面向 400 号码服务商的渠道管理系统：代理商、合同、价格、终端客户、号码与续费，集中管理。</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>数据库：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>基于 Qt %1 构建。</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>关于 ChannelDesk</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find an agent, customer, number or contract from anywhere</source>
        <translation>随时查找代理商、终端客户、号码或合同</translation>
    </message>
    <message>
        <source>Updated with changes made to the database by another program.</source>
        <translation>已同步其他程序对数据库所做的更改。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>前进(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>cd::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>cd::NoticeChannel</name>
    <message>
        <source>Not announced</source>
        <translation>未通知</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>cd::NoticeListModel</name>
    <message>
        <source>The provider</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Double-click to open the number</source>
        <translation>双击打开该号码</translation>
    </message>
    <message>
        <source>No agent serves the customer any more (taken over, §2.3)</source>
        <translation>已无代理商为该终端客户提供服务（已接管，§2.3）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>Paid through %1; reminded %n day(s) ahead</source>
        <translation>
            <numerusform>缴费到期日 %1；提前 %n 天提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended for arrears; paid through %1</source>
        <translation>欠费停机；缴费到期日 %1</translation>
    </message>
    <message>
        <source>Reclaimed on %1 unless paid before</source>
        <translation>如未按时缴费，将于 %1 回收</translation>
    </message>
    <message>
        <source>Reclaimed by the carrier; suspended since %1</source>
        <translation>已被运营商回收；自 %1 起停机</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
</context>
<context>
    <name>cd::NoticeQuery</name>
    <message>
        <source>Renewal reminder</source>
        <translation>续费提醒</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>停机通知</translation>
    </message>
    <message>
        <source>Reclaim warning</source>
        <translation>回收预警</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>回收通知</translation>
    </message>
    <message>
        <source>Maintenance notice</source>
        <translation>维护通知</translation>
    </message>
</context>
<context>
    <name>cd::NoticesPage</name>
    <message>
        <source>&amp;Dated from</source>
        <translation>日期从(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Number</source>
        <translation>打开号码(&amp;N)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>What the provider owes agents: renewal reminders, suspensions, reclaim warnings and reclaims from the daily sweep (§2.10), and maintenance notices (§2.8).</source>
        <translation>平台应向代理商发出的通知：每日批处理生成的续费提醒、停机通知、回收预警和回收通知（§2.10），以及维护通知（§2.8）。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>代理商(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Open the notice&apos;s number in the Numbers area</source>
        <translation>在“号码”页面中打开该通知所涉及的号码</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部代理商</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notice(s) match</source>
        <translation>
            <numerusform>%Ln 条通知符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notice(s)</source>
        <translation>
            <numerusform>共 %Ln 条通知</numerusform>
        </translation>
    </message>
    <message>
        <source>No notice matches the filters.</source>
        <translation>没有符合筛选条件的通知。</translation>
    </message>
    <message>
        <source>No notices yet. The daily sweep writes renewal, suspension and reclaim notices; recording planned maintenance writes maintenance notices.</source>
        <translation>暂无通知。每日批处理生成续费、停机和回收通知；登记计划维护时生成维护通知。</translation>
    </message>
</context>
<context>
    <name>cd::NoticesReport</name>
    <message>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Recipient&apos;s code</source>
        <translation>接收方统一社会信用代码</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>cd::NumberCommands</name>
    <message>
        <source>Missing --%1 YYYY-MM-DD.</source>
        <translation>缺少 --%1 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Missing --%1 %2.</source>
        <translation>缺少 --%1 %2。</translation>
    </message>
    <message>
        <source>The 400 number, ten digits (separators allowed).</source>
        <translation>400 号码，十位数字（可含分隔符）。</translation>
    </message>
    <message>
        <source>Activate a number for a customer; prints its paid-through date.</source>
        <translation>为终端客户开通号码；输出其缴费到期日。</translation>
    </message>
    <message>
        <source>paid_through = D + M months - 1 day. Refused unless the customer passed qualification review (§3.9), its agent has an active contract (§9.2), is not terminated (§9.6) and not stopped by a penalty (§3.2), and the plan&apos;s annual fee meets the number&apos;s grade. The number must be available or reserved for the customer.</source>
        <translation>paid_through = D + M 个月 - 1 天。须满足以下条件，否则拒绝开通：终端客户已通过资质审核（§3.9），其代理商有生效中的合同（§9.2）、未终止合作（§9.6）且未因处罚被暂停业务（§3.2），套餐年费符合号码等级。号码须为空闲状态或已为该终端客户预占。</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>终端客户的统一社会信用代码。</translation>
    </message>
    <message>
        <source>The plan&apos;s code.</source>
        <translation>套餐代码。</translation>
    </message>
    <message>
        <source>The activation day.</source>
        <translation>开通日期。</translation>
    </message>
    <message>
        <source>The months paid in advance, 1 to 120.</source>
        <translation>预缴月数，1 至 120。</translation>
    </message>
    <message>
        <source>A destination phone; repeat for more.</source>
        <translation>落地号码；可重复指定多个。</translation>
    </message>
    <message>
        <source>--months needs a whole number of months from 1 to 120, not &quot;%1&quot;.</source>
        <translation>--months 须为 1 至 120 之间的整数月数，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Show a number: status, customer, plan, dates, destinations, payments.</source>
        <translation>显示号码信息：状态、终端客户、套餐、日期、落地号码和缴费记录。</translation>
    </message>
    <message>
        <source>One &quot;key: value&quot; line per field, then the payments, newest first, and the latest status changes with their dates.</source>
        <translation>每个字段一行 &quot;key: value&quot;，随后列出缴费记录（最新的在前）以及最近的状态变更及其日期。</translation>
    </message>
    <message>
        <source>List numbers in number order, tab-separated.</source>
        <translation>按号码顺序列出号码，以制表符分隔。</translation>
    </message>
    <message>
        <source>Columns: number, carrier, grade, status, customer_uscc, agent_uscc, plan, activated_on, paid_through. At most %1 lines unless --limit says otherwise; --limit 0 lists all.</source>
        <translation>列：number、carrier、grade、status、customer_uscc、agent_uscc、plan、activated_on、paid_through。除非以 --limit 另行指定，最多输出 %1 行；--limit 0 列出全部。</translation>
    </message>
    <message>
        <source>Only this status: %1.</source>
        <translation>仅列出此状态：%1。</translation>
    </message>
    <message>
        <source>Only this grade: %1.</source>
        <translation>仅列出此等级：%1。</translation>
    </message>
    <message>
        <source>Only numbers containing these digits.</source>
        <translation>仅列出包含这些数字的号码。</translation>
    </message>
    <message>
        <source>At most this many lines; 0 for all.</source>
        <translation>最多输出的行数；0 表示全部。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation>未知状态 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>Unknown grade &quot;%1&quot;: use %2.</source>
        <translation>未知等级 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>--digits needs digits only, not &quot;%1&quot;.</source>
        <translation>--digits 只能包含数字，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--limit needs a whole number, 0 for all, not &quot;%1&quot;.</source>
        <translation>--limit 须为整数（0 表示全部），不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Hold an available number for a customer.</source>
        <translation>为终端客户预占一个空闲号码。</translation>
    </message>
    <message>
        <source>A customer holds at most reservation_limit numbers at a time; the sweep releases a reservation after reservation_days (parameters).</source>
        <translation>每个终端客户同时最多预占 reservation_limit 个号码；预占满 reservation_days 天后由批处理释放（见参数）。</translation>
    </message>
    <message>
        <source>The day of the reservation (default today).</source>
        <translation>预占日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Return a reserved number to the pool.</source>
        <translation>将预占的号码释放回号码池。</translation>
    </message>
    <message>
        <source>The day of the release (default today).</source>
        <translation>释放日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Cancel a number in service at the customer&apos;s request.</source>
        <translation>应终端客户申请注销在用号码。</translation>
    </message>
    <message>
        <source>The number is kept, with status cancelled; it is never deleted.</source>
        <translation>号码记录保留，状态为已注销；不会被删除。</translation>
    </message>
    <message>
        <source>The day of the cancellation.</source>
        <translation>注销日期。</translation>
    </message>
    <message>
        <source>Replace the destination phones of a number in service.</source>
        <translation>替换在用号码的落地号码。</translation>
    </message>
    <message>
        <source>A Chinese mobile or landline number, in the order calls try them.</source>
        <translation>中国手机或固定电话号码，按来电依次尝试的顺序排列。</translation>
    </message>
    <message>
        <source>%1 is active, paid through %2.</source>
        <translation>%1 已开通，缴费到期日 %2。</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>缴费记录：%1</translation>
    </message>
    <message>
        <source>Recent events: %1 of %2</source>
        <translation>最近事件：%1 条（共 %2 条）</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n number(s) are listed; use --limit N, or --limit 0 for all.</source>
        <translation>
            <numerusform>仅列出前 %n 个号码；请使用 --limit N，或以 --limit 0 列出全部。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is reserved until %2.</source>
        <translation>%1 已预占至 %2。</translation>
    </message>
    <message>
        <source>%1 is available again.</source>
        <translation>%1 已恢复为空闲。</translation>
    </message>
    <message>
        <source>%1 is cancelled from %2.</source>
        <translation>%1 自 %2 起注销。</translation>
    </message>
    <message>
        <source>%1 rings %2.</source>
        <translation>%1 转接至 %2。</translation>
    </message>
</context>
<context>
    <name>cd::NumberDetailPage</name>
    <message>
        <source>‹ All Numbers</source>
        <translation>‹ 全部号码</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>开通(&amp;A)…</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>登记缴费(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation>落地号码(&amp;D)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Number…</source>
        <translation>注销号码(&amp;N)…</translation>
    </message>
    <message>
        <source>Back to the list of numbers (Esc)</source>
        <translation>返回号码列表（Esc）</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>No status changes yet: the number is in the pool.</source>
        <translation>暂无状态变更：号码在号码池中。</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>No renewal payments yet.</source>
        <translation>暂无续费记录。</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>缴费(&amp;P)</translation>
    </message>
    <message>
        <source>Calls to the number ring these phones in order.</source>
        <translation>来电依次转接至以下电话。</translation>
    </message>
    <message>
        <source>D&amp;estinations</source>
        <translation>落地号码(&amp;E)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>终端客户：</translation>
    </message>
    <message>
        <source>Opened by agent:</source>
        <translation>开通代理商：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>运营商：</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>开通日期：</translation>
    </message>
    <message>
        <source>Paid through:</source>
        <translation>缴费到期日：</translation>
    </message>
    <message>
        <source>Suspended:</source>
        <translation>停机日期：</translation>
    </message>
    <message>
        <source>Reclaimed:</source>
        <translation>回收日期：</translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation>注销日期：</translation>
    </message>
    <message>
        <source>Status since:</source>
        <translation>状态起始日期：</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>套餐 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>fraud, §3.9</source>
        <translation>欺诈，§3.9</translation>
    </message>
    <message>
        <source>arrears, §2.10</source>
        <translation>欠费，§2.10</translation>
    </message>
    <message>
        <source>&amp;Payments (%1)</source>
        <translation>缴费（%1）(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;estinations (%1)</source>
        <translation>落地号码（%1）(&amp;E)</translation>
    </message>
</context>
<context>
    <name>cd::NumberEventsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>cd::NumberListModel</name>
    <message>
        <source>The agent that opened the number</source>
        <translation>开通该号码的代理商</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>开通日期</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>缴费到期日</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停机日期</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>回收日期</translation>
    </message>
</context>
<context>
    <name>cd::NumberService</name>
    <message>
        <source>&quot;%1&quot; is not a 400 number: ten digits starting with 400.</source>
        <translation>&quot;%1&quot; 不是 400 号码：应为以 400 开头的十位数字。</translation>
    </message>
    <message>
        <source>The number %1 is not in the pool.</source>
        <translation>号码 %1 不在号码池中。</translation>
    </message>
    <message>
        <source>An auditor may not change numbers.</source>
        <translation>审计员不得修改号码。</translation>
    </message>
    <message>
        <source>A reservation needs its date.</source>
        <translation>预占须填写日期。</translation>
    </message>
    <message>
        <source>%1 is %2, not available.</source>
        <translation>%1 当前为 %2，不是空闲状态。</translation>
    </message>
    <message>
        <source>%1 already holds %2 reserved numbers, the limit.</source>
        <translation>%1 已预占 %2 个号码，已达上限。</translation>
    </message>
    <message>
        <source>%1 is not reserved.</source>
        <translation>%1 未被预占。</translation>
    </message>
    <message>
        <source>An activation needs its date.</source>
        <translation>开通须填写日期。</translation>
    </message>
    <message>
        <source>An activation pays for 1 to 120 months, not %1.</source>
        <translation>开通时须预缴 1 至 120 个月，不能为 %1。</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is not a Chinese phone number.</source>
        <translation>落地号码 &quot;%1&quot; 不是有效的中国电话号码。</translation>
    </message>
    <message>
        <source>%1 is %2; only an available number, or one reserved for this customer, can be activated.</source>
        <translation>%1 当前为 %2；只能开通空闲号码或为该终端客户预占的号码。</translation>
    </message>
    <message>
        <source>%1 has not passed qualification review (%2); its numbers cannot be activated yet.</source>
        <translation>%1 尚未通过资质审核（%2）；暂不能为其开通号码。</translation>
    </message>
    <message>
        <source>The plan %1 is no longer offered.</source>
        <translation>套餐 %1 已停止提供。</translation>
    </message>
    <message>
        <source>%1 is a %2 number: it needs a plan of at least %3 a year; %4 costs %5.</source>
        <translation>%1 的等级为 %2：须选择年费不低于 %3 的套餐；%4 的年费为 %5。</translation>
    </message>
    <message>
        <source>%1 is not in service; it has no destinations.</source>
        <translation>%1 未在使用中，没有落地号码。</translation>
    </message>
    <message>
        <source>%1 is %2; only a number in service can be cancelled.</source>
        <translation>%1 当前为 %2；只能注销在用号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a carrier; use telecom, unicom or mobile.</source>
        <translation>&quot;%1&quot; 不是有效的运营商，请使用 telecom、unicom 或 mobile。</translation>
    </message>
    <message>
        <source>An available number carries no customer, plan or dates; set status to active for a number in service.</source>
        <translation>空闲号码不能带有终端客户、套餐或日期；在用号码请将状态设为 active。</translation>
    </message>
    <message>
        <source>An active number needs its customer&apos;s code.</source>
        <translation>在用号码须填写终端客户代码。</translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>不存在代码为 %1 的终端客户。</translation>
    </message>
    <message>
        <source>An active number needs its plan.</source>
        <translation>在用号码须填写套餐。</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>不存在套餐 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>The number is paid through %1, before its activation on %2.</source>
        <translation>号码的缴费到期日 %1 早于其开通日期 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here; use available or active.</source>
        <translation>此处不允许使用 &quot;%1&quot;，请使用 available 或 active。</translation>
    </message>
    <message>
        <source>%1 is already in the pool.</source>
        <translation>%1 已在号码池中。</translation>
    </message>
    <message>
        <source>There is no number with the id %1.</source>
        <translation>不存在编号为 %1 的号码记录。</translation>
    </message>
</context>
<context>
    <name>cd::NumberStatus</name>
    <message>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预占</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已停机</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
</context>
<context>
    <name>cd::NumberStyle</name>
    <message>
        <source>Blocked (fraud)</source>
        <translation>已封号（欺诈）</translation>
    </message>
    <message>
        <source>Suspended (arrears)</source>
        <translation>欠费停机</translation>
    </message>
    <message>
        <source>Blocked for fraud since %1 (§3.9): every number of the customer was blocked at once, and a payment does not reactivate it.</source>
        <translation>自 %1 起因欺诈封号（§3.9）：该终端客户的全部号码已同时封停，缴费不能恢复。</translation>
    </message>
    <message>
        <source>Suspended for arrears since %1: a payment makes it active again from the payment date (§2.10).</source>
        <translation>自 %1 起欠费停机：缴费后自缴费日期起恢复使用（§2.10）。</translation>
    </message>
    <message>
        <source>Reclaimed by the carrier on %1; reclaiming is permanent and a payment is refused (§2.10).</source>
        <translation>已于 %1 被运营商回收；回收不可撤销，不再接受缴费（§2.10）。</translation>
    </message>
    <message>
        <source>Reserved for %1 until %2.</source>
        <translation>为 %1 预占至 %2。</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>某终端客户</translation>
    </message>
    <message>
        <source>Cancelled at the customer&apos;s request on %1.</source>
        <translation>已于 %1 应终端客户申请注销。</translation>
    </message>
</context>
<context>
    <name>cd::NumbersPage</name>
    <message>
        <source>&amp;Activate…</source>
        <translation>开通(&amp;A)…</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>登记缴费(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reserve…</source>
        <translation>预占(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>释放(&amp;L)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>注销(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation>落地号码(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>The 400-number pool and each number&apos;s life: reserved, active, suspended, reclaimed or cancelled.</source>
        <translation>400 号码池及各号码的生命周期：预占、在用、停机、回收或注销。</translation>
    </message>
    <message>
        <source>Activate a number for an approved customer (§3.9)</source>
        <translation>为审核通过的终端客户开通号码（§3.9）</translation>
    </message>
    <message>
        <source>Digits, e.g. 8888</source>
        <translation>数字，例如 8888</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Agent credit code</source>
        <translation>代理商信用代码</translation>
    </message>
    <message>
        <source>Numbers opened by this agent</source>
        <translation>该代理商开通的号码</translation>
    </message>
    <message>
        <source>D&amp;igits:</source>
        <translation>数字(&amp;I)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>代理商(&amp;G)：</translation>
    </message>
    <message>
        <source>Cancel the number at the customer&apos;s request</source>
        <translation>应终端客户申请注销号码</translation>
    </message>
    <message>
        <source>No agent has the credit code %1.</source>
        <translation>没有信用代码为 %1 的代理商。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) match</source>
        <translation>
            <numerusform>%Ln 个号码符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln 个号码</numerusform>
        </translation>
    </message>
    <message>
        <source>No number matches the filters.</source>
        <translation>没有符合筛选条件的号码。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 activated for %2; paid through %3.</source>
        <translation>已为 %2 开通 %1；缴费到期日 %3。</translation>
    </message>
    <message>
        <source>Payment of %1 recorded for %2: paid through %3.</source>
        <translation>已为 %2 登记缴费 %1：缴费到期日 %3。</translation>
    </message>
    <message>
        <source>%1 reserved for %2.</source>
        <translation>已为 %2 预占 %1。</translation>
    </message>
    <message>
        <source>Destinations of %1 saved.</source>
        <translation>%1 的落地号码已保存。</translation>
    </message>
    <message>
        <source>%1 released to the pool.</source>
        <translation>%1 已释放回号码池。</translation>
    </message>
    <message>
        <source>Cancel Number</source>
        <translation>注销号码</translation>
    </message>
    <message>
        <source>Cancel %1 at the customer&apos;s request? The number leaves service today; a cancelled number is kept on record but never returns.</source>
        <translation>确定应终端客户申请注销 %1 吗？号码今日起停止服务；已注销的号码保留记录，但不再恢复使用。</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 已注销。</translation>
    </message>
    <message>
        <source>%1 is reserved again.</source>
        <translation>已重新预占 %1。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>The earlier destinations of %1 are back.</source>
        <translation>已恢复 %1 修改前的落地号码。</translation>
    </message>
    <message>
        <source>The pool is empty. Numbers arrive by CSV import: File › Import › Numbers, or channeldesk-cli import numbers.</source>
        <translation>号码池为空。号码通过 CSV 导入：文件 › 导入 › 号码，或使用 channeldesk-cli import numbers。</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>取消此筛选</translation>
    </message>
    <message>
        <source>Reclaimed by %1 (§2.10)</source>
        <translation>将于 %1 前回收（§2.10）</translation>
    </message>
</context>
<context>
    <name>cd::NumbersReport</name>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer&apos;s code</source>
        <translation>终端客户统一社会信用代码</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>代理商统一社会信用代码</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Activated on</source>
        <translation>开通日期</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>缴费到期日</translation>
    </message>
    <message>
        <source>Suspended on</source>
        <translation>停机日期</translation>
    </message>
    <message>
        <source>Reclaimed on</source>
        <translation>回收日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>注销日期</translation>
    </message>
</context>
<context>
    <name>cd::OperatingRights</name>
    <message>
        <source>%1 is terminated: it may renew and serve its existing customers but may not open new numbers.</source>
        <translation>%1 已终止合作：可为现有终端客户续费并提供服务，但不得开通新号码。</translation>
    </message>
    <message>
        <source>The parent agent %1 of %2 is terminated; its network may not open new numbers.</source>
        <translation>%2 的上级代理 %1 已终止合作；其渠道网络不得开通新号码。</translation>
    </message>
    <message>
        <source>%1 has no active contract on %2; a new number needs one.</source>
        <translation>%1 在 %2 没有生效合同；开通新号码须有生效合同。</translation>
    </message>
    <message>
        <source>%1 is stopped from new activations until %2 as a penalty.</source>
        <translation>%1 因受处罚被暂停新开通，至 %2 止。</translation>
    </message>
</context>
<context>
    <name>cd::ParamCommands</name>
    <message>
        <source>List the business parameters, tab-separated.</source>
        <translation>列出业务参数，以制表符分隔。</translation>
    </message>
    <message>
        <source>Columns: key, value, clause, description.</source>
        <translation>列：key, value, clause, description。</translation>
    </message>
    <message>
        <source>Change a business parameter (administrators only).</source>
        <translation>修改业务参数（仅限管理员）。</translation>
    </message>
    <message>
        <source>The parameter, as shown by &quot;param list&quot;.</source>
        <translation>参数名，与 &quot;param list&quot; 所列一致。</translation>
    </message>
    <message>
        <source>A whole number; for a list, whole numbers separated by commas.</source>
        <translation>整数；如为列表，则为以逗号分隔的多个整数。</translation>
    </message>
</context>
<context>
    <name>cd::Parameters</name>
    <message>
        <source>Grace period after paid-through date (days)</source>
        <translation>缴费到期后的宽限期（天）</translation>
    </message>
    <message>
        <source>Arrears suspension before reclaim (days)</source>
        <translation>欠费停机至回收的期限（天）</translation>
    </message>
    <message>
        <source>Reclaim warning before reclaim (days)</source>
        <translation>回收预警提前天数（天）</translation>
    </message>
    <message>
        <source>Renewal reminders before paid-through date (days)</source>
        <translation>缴费到期前的续费提醒（天）</translation>
    </message>
    <message>
        <source>Minimum margin (% of retail fee)</source>
        <translation>最低差价（占零售年费的百分比）</translation>
    </message>
    <message>
        <source>Quarterly completion for promotion (%)</source>
        <translation>升级所需的季度任务完成率（%）</translation>
    </message>
    <message>
        <source>Reserved numbers per customer</source>
        <translation>每个终端客户可预占的号码数</translation>
    </message>
    <message>
        <source>Reservation expires after (days)</source>
        <translation>预占有效期（天）</translation>
    </message>
    <message>
        <source>Wait after takeover reminder (days)</source>
        <translation>接管催告后的等待期（天）</translation>
    </message>
    <message>
        <source>Training due after first contract (days)</source>
        <translation>首份合同开始后的培训期限（天）</translation>
    </message>
    <message>
        <source>Minimum annual fee for premium numbers (fen)</source>
        <translation>精品号码的最低年费（分）</translation>
    </message>
    <message>
        <source>Minimum annual fee for special numbers (fen)</source>
        <translation>特殊号码的最低年费（分）</translation>
    </message>
    <message>
        <source>First follow-up review after activation (days)</source>
        <translation>开通后首次回访的期限（天）</translation>
    </message>
    <message>
        <source>Follow-up interval for supervised agents (days)</source>
        <translation>监管中代理商的回访间隔（天）</translation>
    </message>
    <message>
        <source>Skip customers checked within (days)</source>
        <translation>暗访时跳过近期已检查的终端客户（天）</translation>
    </message>
    <message>
        <source>Failed sign-ins before the account locks</source>
        <translation>账号锁定前允许的登录失败次数</translation>
    </message>
    <message>
        <source>Account lock duration (minutes)</source>
        <translation>账号锁定时长（分钟）</translation>
    </message>
    <message>
        <source>An unpaid number stays active this many days after its paid-through date, then is suspended for arrears.</source>
        <translation>未续费的号码在缴费到期日后继续保持开通的天数，期满后欠费停机。</translation>
    </message>
    <message>
        <source>The carrier reclaims a number this many days after its arrears suspension.</source>
        <translation>号码欠费停机满此天数后，由运营商回收。</translation>
    </message>
    <message>
        <source>A reclaim warning goes to the service owner this many days before the reclaim.</source>
        <translation>在回收前此天数向服务方发出回收预警。</translation>
    </message>
    <message>
        <source>Renewal notices go to the service owner this many days before the paid-through date; separate several with commas.</source>
        <translation>在缴费到期日前此天数向服务方发出续费通知；多个天数以逗号分隔。</translation>
    </message>
    <message>
        <source>Every price chain keeps at least this margin above carrier cost and below the retail fee.</source>
        <translation>每条价格链须高于运营商成本、低于零售年费，且差价均不低于此值。</translation>
    </message>
    <message>
        <source>An agent completing at least this share of its quarterly task is proposed for one tier up.</source>
        <translation>季度任务完成率达到此比例的代理商，将被提议上调一个价格等级。</translation>
    </message>
    <message>
        <source>How many numbers one customer may hold reserved at a time.</source>
        <translation>每个终端客户同时可预占的号码数量。</translation>
    </message>
    <message>
        <source>A reserved number returns to the pool after this many days.</source>
        <translation>预占的号码满此天数后退回号码池。</translation>
    </message>
    <message>
        <source>A terminated agent&apos;s customers may be taken over this many days after a reminder without correction.</source>
        <translation>已终止代理商经催告后满此天数仍未纠正的，平台可接管其终端客户。</translation>
    </message>
    <message>
        <source>An agent not trained within this many days of its first contract is listed as overdue.</source>
        <translation>代理商自首份合同开始起满此天数仍未参加培训的，列为逾期。</translation>
    </message>
    <message>
        <source>Premium numbers (last four digits the same) need a plan with at least this annual fee.</source>
        <translation>精品号码（后四位相同）须搭配年费不低于此金额的套餐。</translation>
    </message>
    <message>
        <source>Special numbers (AABB, ABAB, ABCD or AAA endings) need a plan with at least this annual fee.</source>
        <translation>特殊号码（尾号为 AABB、ABAB、ABCD 或 AAA）须搭配年费不低于此金额的套餐。</translation>
    </message>
    <message>
        <source>The first follow-up review is due this many days after activation, then yearly.</source>
        <translation>开通后满此天数须进行首次回访，此后每年回访一次。</translation>
    </message>
    <message>
        <source>Customers of supervised agents get a follow-up review this often.</source>
        <translation>监管中代理商的终端客户按此间隔进行回访。</translation>
    </message>
    <message>
        <source>A spot-check draw skips customers checked within this many days.</source>
        <translation>暗访抽取时跳过此天数内已检查过的终端客户。</translation>
    </message>
    <message>
        <source>After this many wrong passwords in a row the account is locked for a while.</source>
        <translation>连续输错密码达到此次数后，账号将被暂时锁定。</translation>
    </message>
    <message>
        <source>How long a locked account stays locked.</source>
        <translation>账号被锁定后的持续时长。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：&quot;%2&quot; 不是整数。</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3 to %4.</source>
        <translation>%1：%2 超出允许范围 %3 至 %4。</translation>
    </message>
    <message>
        <source>There is no parameter &quot;%1&quot;.</source>
        <translation>不存在参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Only an administrator may change business parameters.</source>
        <translation>仅管理员可修改业务参数。</translation>
    </message>
</context>
<context>
    <name>cd::ParametersPage</name>
    <message>
        <source>Renewals, suspension and reclaim</source>
        <translation>续费、停机与回收</translation>
    </message>
    <message>
        <source>Pricing and tiers</source>
        <translation>定价与价格等级</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Service, reviews and training</source>
        <translation>服务、审核与培训</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>The business parameters that tune the rules. A change applies from the moment it is saved and is recorded in the audit log.</source>
        <translation>用于调整业务规则的参数。更改自保存时起生效，并记入审计日志。</translation>
    </message>
    <message>
        <source>Put every default value into the form; nothing is saved until you press Save.</source>
        <translation>将所有默认值填入表单；按“保存”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Default %1</source>
        <translation>默认值 %1</translation>
    </message>
    <message>
        <source>Default %1 · %2</source>
        <translation>默认值 %1 · %2</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved, then:</source>
        <translation>
            <numerusform>已保存 %n 项更改，随后：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved. They apply from now on and are recorded in the audit log.</source>
        <translation>
            <numerusform>已保存 %n 项更改。更改即时生效，并已记入审计日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n 项更改未保存</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PaymentCommands</name>
    <message>
        <source>Record a renewal payment; prints the period it covers (§2.10).</source>
        <translation>登记续费缴费；输出其覆盖的期间（§2.10）。</translation>
    </message>
    <message>
        <source>M months cover the calendar months after the old paid_through, not after the payment date. A number suspended for arrears is active again from the payment date; a number blocked for fraud stays blocked (§3.9); a reclaimed number takes no payment (§2.10).</source>
        <translation>M 个月覆盖原 paid_through 之后的 M 个自然月，而非缴费日期之后。欠费停机的号码自缴费日期起恢复使用；因欺诈封号的号码仍保持封号（§3.9）；已回收的号码不接受缴费（§2.10）。</translation>
    </message>
    <message>
        <source>The 400 number.</source>
        <translation>400 号码。</translation>
    </message>
    <message>
        <source>The amount in fen (12345 is ¥123.45).</source>
        <translation>金额，单位为分（12345 即 ¥123.45）。</translation>
    </message>
    <message>
        <source>The payment date.</source>
        <translation>缴费日期。</translation>
    </message>
    <message>
        <source>The months paid, 1 to 120.</source>
        <translation>缴费月数，1 至 120。</translation>
    </message>
    <message>
        <source>Missing --fen N.</source>
        <translation>缺少 --fen N。</translation>
    </message>
    <message>
        <source>--fen needs a whole number of fen above zero, not &quot;%1&quot;.</source>
        <translation>--fen 须为大于零的整数（单位为分），不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Missing --date YYYY-MM-DD.</source>
        <translation>缺少 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Missing --months M.</source>
        <translation>缺少 --months M。</translation>
    </message>
    <message>
        <source>--months needs a whole number of months from 1 to 120, not &quot;%1&quot;.</source>
        <translation>--months 须为 1 至 120 之间的整数月数，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Recorded %1 for %2: %3 to %4.</source>
        <translation>已为 %2 登记 %1：%3 至 %4。</translation>
    </message>
    <message>
        <source>%1 is paid through %2; status %3.</source>
        <translation>%1 的缴费到期日为 %2；状态：%3。</translation>
    </message>
    <message>
        <source>The number stays blocked for fraud; a payment does not lift a block (§3.9).</source>
        <translation>该号码仍因欺诈保持封号；缴费不能解除封号（§3.9）。</translation>
    </message>
</context>
<context>
    <name>cd::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>登记缴费</translation>
    </message>
    <message>
        <source>400 number</source>
        <translation>400 号码</translation>
    </message>
    <message>
        <source>Yuan, e.g. 1200 or 1,200.50</source>
        <translation>单位为元，例如 1200 或 1,200.50</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>A payment of M months covers the M calendar months after the old paid-through date, whatever the day it is paid (§2.10).</source>
        <translation>无论何日缴费，M 个月的缴费均覆盖原缴费到期日之后的 M 个自然月（§2.10）。</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>缴费日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>月数(&amp;M)：</translation>
    </message>
    <message>
        <source>Type the number that is paid for.</source>
        <translation>请输入缴费的号码。</translation>
    </message>
    <message>
        <source>%1 · paid through %2</source>
        <translation>%1 · 缴费到期日 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · plan %2, %3 a year</source>
        <translation>%1 · 套餐 %2，每年 %3</translation>
    </message>
    <message>
        <source>Type the amount paid.</source>
        <translation>请输入缴费金额。</translation>
    </message>
    <message>
        <source>Not an amount in yuan: digits with at most two decimals, e.g. 1200 or 1,200.50.</source>
        <translation>不是有效的人民币金额：应为最多两位小数的数字，例如 1200 或 1,200.50。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount in yuan.</source>
        <translation>金额 &quot;%1&quot; 不是有效的人民币金额。</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>金额须大于零。</translation>
    </message>
    <message>
        <source>A payment must be above zero (§2.10).</source>
        <translation>缴费金额须大于零（§2.10）。</translation>
    </message>
    <message>
        <source>%1 was reclaimed by the carrier on %2: reclaiming is permanent and a payment is refused (§2.10).</source>
        <translation>%1 已于 %2 被运营商回收：回收不可撤销，不接受缴费（§2.10）。</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2; it takes no payment.</source>
        <translation>%1 已于 %2 注销，不接受缴费。</translation>
    </message>
    <message>
        <source>%1 is not in service; activate it first.</source>
        <translation>%1 未在使用中，请先开通。</translation>
    </message>
    <message>
        <source>Covers %1 to %2 (from the old paid-through date, §2.10).</source>
        <translation>覆盖 %1 至 %2（自原缴费到期日起算，§2.10）。</translation>
    </message>
    <message>
        <source>The number stays blocked: a fraud block is not lifted by a payment (§3.9).</source>
        <translation>该号码仍保持封号：缴费不能解除因欺诈的封号（§3.9）。</translation>
    </message>
    <message>
        <source>Suspended for arrears since %1: active again from the payment date, %2.</source>
        <translation>自 %1 起欠费停机：自缴费日期 %2 起恢复使用。</translation>
    </message>
    <message>
        <source>Overdue since %1: the payment keeps it in service.</source>
        <translation>自 %1 起逾期：缴费后继续保持服务。</translation>
    </message>
    <message>
        <source>An auditor may not record payments.</source>
        <translation>审计员不得登记缴费。</translation>
    </message>
    <message>
        <source>What stops the payment:</source>
        <translation>无法缴费的原因：</translation>
    </message>
</context>
<context>
    <name>cd::PaymentListModel</name>
    <message>
        <source>Provider</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation>覆盖起始日</translation>
    </message>
    <message>
        <source>Covers to</source>
        <translation>覆盖截止日</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴费方</translation>
    </message>
</context>
<context>
    <name>cd::PaymentService</name>
    <message>
        <source>An auditor may not record payments.</source>
        <translation>审计员不得登记缴费。</translation>
    </message>
    <message>
        <source>A payment must be above zero.</source>
        <translation>缴费金额须大于零。</translation>
    </message>
    <message>
        <source>A payment covers 1 to 120 months, not %1.</source>
        <translation>缴费须覆盖 1 至 120 个月，不能为 %1。</translation>
    </message>
    <message>
        <source>A payment needs its date.</source>
        <translation>缴费须填写日期。</translation>
    </message>
    <message>
        <source>%1 was reclaimed by the carrier on %2; it can no longer be renewed.</source>
        <translation>%1 已于 %2 被运营商回收，不能再续费。</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2; it takes no payment.</source>
        <translation>%1 已于 %2 注销，不接受缴费。</translation>
    </message>
    <message>
        <source>%1 is not in service; activate it first.</source>
        <translation>%1 未在使用中，请先开通。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in fen above zero.</source>
        <translation>&quot;%1&quot; 不是大于零的金额（单位为分）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of months from 1 to 120.</source>
        <translation>&quot;%1&quot; 不是 1 至 120 之间的月数。</translation>
    </message>
</context>
<context>
    <name>cd::PenaltyDialog</name>
    <message>
        <source>Decide Penalty</source>
        <translation>作出处罚</translation>
    </message>
    <message>
        <source>Yuan, e.g. 5000 or 1250.50</source>
        <translation>单位：元，例如 5000 或 1250.50</translation>
    </message>
    <message>
        <source>Optional: decision reference, remarks</source>
        <translation>选填：处罚决定文号、备注</translation>
    </message>
    <message>
        <source>Penalty for Case #%1</source>
        <translation>案件 #%1 的处罚</translation>
    </message>
    <message>
        <source>%1 · found %2 · %3 · tier %4</source>
        <translation>%1 · 发现于 %2 · %3 · 价格等级：%4</translation>
    </message>
    <message>
        <source>&amp;Penalty:</source>
        <translation>处罚类型(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Fine:</source>
        <translation>罚款金额(&amp;F)：</translation>
    </message>
    <message>
        <source>Stop &amp;from:</source>
        <translation>暂停开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Stop &amp;until:</source>
        <translation>暂停结束日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record Penalty</source>
        <translation>登记处罚</translation>
    </message>
    <message>
        <source>A warning to %1 is put on record (§3.2). Nothing else changes.</source>
        <translation>对 %1 的警告将记录在案（§3.2），不作其他变更。</translation>
    </message>
    <message>
        <source>A fine of %1 on %2 is put on record (§3.2).</source>
        <translation>对 %2 处以 %1 的罚款，并记录在案（§3.2）。</translation>
    </message>
    <message>
        <source>Enter the fine in yuan, e.g. 5000 or 1250.50.</source>
        <translation>请输入罚款金额（元），例如 5000 或 1250.50。</translation>
    </message>
    <message>
        <source>%1 goes down one tier, from %2 to %3, from %4. A downgrade is the only way a tier ever goes down, and only one tier at a time (§3.2).</source>
        <translation>自 %4 起，%1 的价格等级下调一级，由 %2 降为 %3。降级是下调价格等级的唯一途径，且每次只能下调一级（§3.2）。</translation>
    </message>
    <message>
        <source>%1 is already at the lowest tier (%2); it cannot be downgraded (§3.2).</source>
        <translation>%1 已处于最低价格等级（%2），无法再降级（§3.2）。</translation>
    </message>
    <message>
        <source>The stop must end on or after the day it starts.</source>
        <translation>暂停结束日期不得早于开始日期。</translation>
    </message>
    <message>
        <source>From %1 to %2, %3 may not open numbers for new customers; it keeps renewing and serving the ones it has (§3.2).</source>
        <translation>%1 至 %2 期间，%3 不得为新终端客户开通号码；仍可为现有终端客户办理续费并提供服务（§3.2）。</translation>
    </message>
    <message>
        <source>%1 has no active contract to terminate.</source>
        <translation>%1 没有可终止的生效合同。</translation>
    </message>
    <message>
        <source>Contract %1 is terminated under §3.2 on %2 and %3 becomes terminated. It may still renew and serve its customers but may not open new numbers (§9.6).</source>
        <translation>合同 %1 将于 %2 依据 §3.2 终止，%3 转为已终止状态。该代理商仍可为其终端客户办理续费并提供服务，但不得开通新号码（§9.6）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of yuan.</source>
        <translation>&quot;%1&quot; 不是有效的金额（元）。</translation>
    </message>
    <message>
        <source>Fine of %1 recorded on case #%2 (§3.2).</source>
        <translation>已对案件 #%2 登记罚款 %1（§3.2）。</translation>
    </message>
    <message>
        <source>%1 recorded on case #%2 (§3.2).</source>
        <translation>已对案件 #%2 登记处罚：%1（§3.2）。</translation>
    </message>
</context>
<context>
    <name>cd::PenaltyKind</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>One-tier downgrade</source>
        <translation>价格等级下调一级</translation>
    </message>
    <message>
        <source>Stop on new activations</source>
        <translation>暂停新开通</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>终止合作</translation>
    </message>
</context>
<context>
    <name>cd::PerformanceReport</name>
    <message>
        <source>Quarterly performance</source>
        <translation>季度业绩</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>代理商统一社会信用代码</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>新开通数</translation>
    </message>
    <message>
        <source>Completion (%)</source>
        <translation>完成率（%）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>提议价格等级</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
</context>
<context>
    <name>cd::PlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation>新建套餐</translation>
    </message>
    <message>
        <source>e.g. T-3000</source>
        <translation>例如 T-3000</translation>
    </message>
    <message>
        <source>In yuan, e.g. 3000</source>
        <translation>单位：元，例如 3000</translation>
    </message>
    <message>
        <source>In yuan, e.g. 0.12</source>
        <translation>单位：元，例如 0.12</translation>
    </message>
    <message>
        <source>What the carrier charges a year, in yuan</source>
        <translation>运营商每年收取的费用，单位：元</translation>
    </message>
    <message>
        <source>A yearly package. Give it an agent price for every tier at both levels before numbers are sold on it.</source>
        <translation>年度套餐。销售使用该套餐的号码前，须为两个代理级别的每个价格等级设定代理价格。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>套餐代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>运营商(&amp;A)：</translation>
    </message>
    <message>
        <source>Annual retail &amp;fee (¥):</source>
        <translation>零售年费（元）(&amp;F)：</translation>
    </message>
    <message>
        <source>Included &amp;minutes:</source>
        <translation>包含分钟数(&amp;M)：</translation>
    </message>
    <message>
        <source>Per-minute &amp;rate (¥):</source>
        <translation>超出每分钟资费（元）(&amp;R)：</translation>
    </message>
    <message>
        <source>Carrier c&amp;ost (¥):</source>
        <translation>运营商成本（元）(&amp;O)：</translation>
    </message>
    <message>
        <source>Add Plan</source>
        <translation>添加套餐</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan, e.g. 3000 or 0.12.</source>
        <translation>%1：&quot;%2&quot; 不是有效的金额（元），例如 3000 或 0.12。</translation>
    </message>
    <message>
        <source>Annual retail fee</source>
        <translation>零售年费</translation>
    </message>
    <message>
        <source>Per-minute rate</source>
        <translation>超出每分钟资费</translation>
    </message>
    <message>
        <source>Carrier cost</source>
        <translation>运营商成本</translation>
    </message>
</context>
<context>
    <name>cd::PlanListModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 %2: retail %3 a year with %4 minutes, then %5 a minute; the carrier charges %6.</source>
        <translation>%1 %2：零售年费 %3，含 %4 分钟，超出部分每分钟 %5；运营商收取 %6。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>套餐代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Retail fee</source>
        <translation>零售年费</translation>
    </message>
    <message>
        <source>Carrier cost</source>
        <translation>运营商成本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cd::PlanPricesView</name>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新建套餐(&amp;N)…</translation>
    </message>
    <message>
        <source>Import P&amp;lans…</source>
        <translation>导入套餐(&amp;L)…</translation>
    </message>
    <message>
        <source>Import P&amp;rices…</source>
        <translation>导入价格(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Change Price…</source>
        <translation>调整价格(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Global Cut…</source>
        <translation>整体降价(&amp;G)…</translation>
    </message>
    <message>
        <source>Change the selected price from a date (§2.4)</source>
        <translation>自指定日期起调整所选价格（§2.4）</translation>
    </message>
    <message>
        <source>Lower every agent price of one plan or of all plans (§2.4)</source>
        <translation>下调单个套餐或全部套餐的所有代理价格（§2.4）</translation>
    </message>
    <message>
        <source>No plans yet. Add one with &quot;New Plan…&quot; or import a file of plans.</source>
        <translation>暂无套餐。请通过 &quot;新建套餐…&quot; 添加，或导入套餐文件。</translation>
    </message>
    <message>
        <source>In force &amp;on:</source>
        <translation>适用日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Select a price in the matrix to see its history.</source>
        <translation>在价格表中选择一个价格以查看其历史记录。</translation>
    </message>
    <message>
        <source>Agent prices</source>
        <translation>代理价格</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Agent prices of %1 – %2</source>
        <translation>%1 – %2 的代理价格</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) missing on %1: every plan needs an agent price for each tier at both levels.</source>
        <translation>
            <numerusform>%1 缺少 %n 个价格：每个套餐须为两个代理级别的每个价格等级设定代理价格。</numerusform>
        </translation>
    </message>
    <message>
        <source>History of the %1 price</source>
        <translation>%1 价格的历史记录</translation>
    </message>
    <message>
        <source>Plan %1 added. Give it a price for every tier at both levels.</source>
        <translation>已添加套餐 %1。请为两个代理级别的每个价格等级设定价格。</translation>
    </message>
    <message>
        <source>%1 of %2 is %3 from %4.</source>
        <translation>套餐 %2 的 %1 价格自 %4 起为 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) cut from %1.</source>
        <translation>
            <numerusform>自 %1 起已下调 %n 个价格。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);; 所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cd::PlanService</name>
    <message>
        <source>&quot;%1&quot; is not a plan code: use up to 32 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; 不是有效的套餐代码：最多 32 个字符，仅可使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;。</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>套餐代码 %1 已存在。</translation>
    </message>
    <message>
        <source>The plan&apos;s name is required.</source>
        <translation>套餐名称不得为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a carrier; use telecom, unicom or mobile.</source>
        <translation>&quot;%1&quot; 不是有效的运营商，请使用 telecom、unicom 或 mobile。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annual fee in fen (a whole number above 0).</source>
        <translation>&quot;%1&quot; 不是有效的年费（须为以分为单位、大于 0 的整数）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of minutes.</source>
        <translation>&quot;%1&quot; 不是整数分钟数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a per-minute rate in fen.</source>
        <translation>&quot;%1&quot; 不是以分为单位的有效每分钟资费。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a carrier cost in fen.</source>
        <translation>&quot;%1&quot; 不是以分为单位的有效运营商成本。</translation>
    </message>
    <message>
        <source>The carrier cost %1 is not below the annual fee %2; no agent price could fit.</source>
        <translation>运营商成本 %1 不低于年费 %2；无法设定任何代理价格。</translation>
    </message>
    <message>
        <source>Only an administrator may change plans and prices.</source>
        <translation>仅管理员可修改套餐和价格。</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>套餐 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no plan with the id %1.</source>
        <translation>不存在 ID 为 %1 的套餐。</translation>
    </message>
</context>
<context>
    <name>cd::PriceChain</name>
    <message>
        <source>level-%1 %2</source>
        <translation>%2（%1 级）</translation>
    </message>
    <message>
        <source>Plan %1 on %2: %3</source>
        <translation>套餐 %1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 %2 is below carrier cost %3 + margin %4 = %5.</source>
        <translation>%1 价格 %2 低于运营商成本 %3 + 最低差价 %4 = %5。</translation>
    </message>
    <message>
        <source>%1 %2 is above %3 %4; a better tier must not cost more.</source>
        <translation>%1 价格 %2 高于 %3 价格 %4；较优价格等级的价格不得更高。</translation>
    </message>
    <message>
        <source>%1 %2 is above %3 %4; level 1 must not pay more than level 2.</source>
        <translation>%1 价格 %2 高于 %3 价格 %4；一级代理的价格不得高于二级代理。</translation>
    </message>
    <message>
        <source>%1 %2 is above retail fee %3 − margin %4 = %5.</source>
        <translation>%1 价格 %2 高于零售年费 %3 − 最低差价 %4 = %5。</translation>
    </message>
</context>
<context>
    <name>cd::PriceChangeDialog</name>
    <message>
        <source>Change Price</source>
        <translation>调整价格</translation>
    </message>
    <message>
        <source>Level 1 (buys from the provider)</source>
        <translation>一级代理（向平台采购）</translation>
    </message>
    <message>
        <source>Level 2 (buys through its parent)</source>
        <translation>二级代理（通过上级代理采购）</translation>
    </message>
    <message>
        <source>In yuan, e.g. 1234.50</source>
        <translation>单位：元，例如 1234.50</translation>
    </message>
    <message>
        <source>Carrier price adjustment</source>
        <translation>运营商价格调整</translation>
    </message>
    <message>
        <source>Change of state policy</source>
        <translation>国家政策变化</translation>
    </message>
    <message>
        <source>The document&apos;s number, e.g. 工信部通〔2026〕12号</source>
        <translation>文件文号，例如 工信部通〔2026〕12 号</translation>
    </message>
    <message>
        <source>Change a price of %1</source>
        <translation>调整套餐 %1 的价格</translation>
    </message>
    <message>
        <source>%1 · retail %2 · carrier cost %3. The new price applies from its date; the old one stays in the history. Lowering is always allowed while the price chain stays whole.</source>
        <translation>%1 · 零售年费 %2 · 运营商成本 %3。新价格自其生效日期起适用，原价格保留在历史记录中。只要价格链保持完整，降价始终允许。</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>价格等级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>代理级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>In force then:</source>
        <translation>届时适用价格：</translation>
    </message>
    <message>
        <source>New &amp;price (¥):</source>
        <translation>新价格（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>调价原因(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>文号(&amp;E)：</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>No price yet</source>
        <translation>尚无价格</translation>
    </message>
    <message>
        <source>This raises %1 from %2 to %3. Agent prices stay stable (§2.4): a raise is allowed only for a carrier price adjustment or a change of state policy, with the document&apos;s reference.</source>
        <translation>此操作将 %1 价格由 %2 上调至 %3。代理价格应保持稳定（§2.4）：仅在运营商价格调整或国家政策变化时方可上调，且须注明文件文号。</translation>
    </message>
    <message>
        <source>Raise Price</source>
        <translation>上调价格</translation>
    </message>
    <message>
        <source>Write the new price in yuan, e.g. 1234.50.</source>
        <translation>请输入以元为单位的新价格，例如 1234.50。</translation>
    </message>
</context>
<context>
    <name>cd::PriceCommands</name>
    <message>
        <source>Missing --%1 YYYY-MM-DD.</source>
        <translation>缺少 --%1 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Missing --%1 %2.</source>
        <translation>缺少 --%1 %2。</translation>
    </message>
    <message>
        <source>Set one agent price from a date (§2.4).</source>
        <translation>自指定日期起设定一项代理价格（§2.4）。</translation>
    </message>
    <message>
        <source>The price in force on a date is the latest entry on or before it; history is kept. A lower price is always allowed while the plan&apos;s chain stays whole. A raise needs --reason carrier (a carrier price adjustment) or --reason policy (a change of state policy) and --ref with the document&apos;s reference (§2.4). A refused change prints each broken link of the chain on its own line.</source>
        <translation>某日适用的价格为该日当日或之前生效的最新一条记录；历史记录予以保留。只要套餐的价格链保持完整，降价始终允许。上调价格须指定 --reason carrier（运营商价格调整）或 --reason policy（国家政策变化），并以 --ref 注明文件文号（§2.4）。调价被拒绝时，价格链中每处不符合要求的环节单独输出一行。</translation>
    </message>
    <message>
        <source>The plan&apos;s code.</source>
        <translation>套餐代码。</translation>
    </message>
    <message>
        <source>The tier: %1.</source>
        <translation>价格等级：%1。</translation>
    </message>
    <message>
        <source>The agent level, 1 or 2.</source>
        <translation>代理级别：1 或 2。</translation>
    </message>
    <message>
        <source>The new price in fen (12345 is ¥123.45).</source>
        <translation>新价格，单位为分（12345 即 ¥123.45）。</translation>
    </message>
    <message>
        <source>The day the price takes effect.</source>
        <translation>价格生效日期。</translation>
    </message>
    <message>
        <source>Why a price rises: carrier or policy.</source>
        <translation>涨价原因：carrier 或 policy。</translation>
    </message>
    <message>
        <source>The reference of the document behind a raise.</source>
        <translation>涨价所依据文件的文号。</translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot;: use %2.</source>
        <translation>未知价格等级 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>--level needs 1 or 2, not &quot;%1&quot;.</source>
        <translation>--level 只能为 1 或 2，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--fen needs a whole number of fen, not &quot;%1&quot;.</source>
        <translation>--fen 须为以分为单位的整数，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;: use carrier or policy.</source>
        <translation>未知原因 &quot;%1&quot;，请使用 carrier 或 policy。</translation>
    </message>
    <message>
        <source>Cut every agent price of one plan or of all plans from a date (§2.4).</source>
        <translation>自指定日期起下调单个套餐或全部套餐的所有代理价格（§2.4）。</translation>
    </message>
    <message>
        <source>A percentage cut rounds each new price down to the fen, in the agents&apos; favour. Without --plan every active plan is cut. A cut that would break the chain of any plan is refused whole, naming each plan and link that breaks; nothing changes.</source>
        <translation>按百分比降价时，每个新价格向下取整到分，对代理商有利。未指定 --plan 时下调所有启用的套餐。若降价会破坏任一套餐的价格链，则整体拒绝，并列出每个受影响的套餐及不符合要求的环节；不作任何更改。</translation>
    </message>
    <message>
        <source>Cut by this percentage, e.g. 2.5.</source>
        <translation>按此百分比下调，例如 2.5。</translation>
    </message>
    <message>
        <source>Cut by this amount in fen.</source>
        <translation>按此金额下调，单位为分。</translation>
    </message>
    <message>
        <source>Only this plan.</source>
        <translation>仅下调该套餐。</translation>
    </message>
    <message>
        <source>The day the new prices take effect.</source>
        <translation>新价格的生效日期。</translation>
    </message>
    <message>
        <source>Why the prices are cut, for the record.</source>
        <translation>降价原因，将记录在案。</translation>
    </message>
    <message>
        <source>Give either --percent P or --amount FEN, not both or neither.</source>
        <translation>请指定 --percent P 或 --amount FEN 二者之一，不能同时指定或均不指定。</translation>
    </message>
    <message>
        <source>--percent needs a percentage above 0 and below 100 with at most two decimals, not &quot;%1&quot;.</source>
        <translation>--percent 须为大于 0 且小于 100、最多两位小数的百分比，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--amount needs a whole number of fen above zero, not &quot;%1&quot;.</source>
        <translation>--amount 须为以分为单位、大于零的整数，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Show a plan&apos;s agent prices in force on a date, in yuan.</source>
        <translation>显示某套餐在指定日期适用的代理价格，单位为元。</translation>
    </message>
    <message>
        <source>One line per tier, standard to diamond, with the level-1 and level-2 price and the day each took effect; a price not set is shown as &quot;missing&quot;.</source>
        <translation>每个价格等级一行（由 standard 至 diamond），列出一级代理和二级代理的价格及各自的生效日期；未设定的价格显示为 &quot;missing&quot;。</translation>
    </message>
    <message>
        <source>The date (default today).</source>
        <translation>日期（默认为今天）。</translation>
    </message>
    <message>
        <source>List the plans, tab-separated (amounts in fen).</source>
        <translation>列出套餐，以制表符分隔（金额单位为分）。</translation>
    </message>
    <message>
        <source>Columns: code, name, carrier, annual_fee_fen, included_minutes, per_minute_fen, carrier_cost_fen, active. Without --all only active plans.</source>
        <translation>列：code, name, carrier, annual_fee_fen, included_minutes, per_minute_fen, carrier_cost_fen, active。未指定 --all 时仅列出启用的套餐。</translation>
    </message>
    <message>
        <source>Inactive plans too.</source>
        <translation>同时列出停用的套餐。</translation>
    </message>
    <message>
        <source>%1 of plan %2 is %3 from %4.</source>
        <translation>套餐 %2 的 %1 价格自 %4 起为 %3。</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n price(s) from %1.</source>
        <translation>
            <numerusform>自 %1 起已下调 %n 个价格。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: agent prices in force on %3, in yuan.</source>
        <translation>%1 %2：%3 适用的代理价格，单位为元。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) missing: every plan needs a price for each tier at both levels.</source>
        <translation>
            <numerusform>缺少 %n 个价格：每个套餐须为两个代理级别的每个价格等级设定价格。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PriceCutDialog</name>
    <message>
        <source>By &amp;percent:</source>
        <translation>按百分比(&amp;P)：</translation>
    </message>
    <message>
        <source>By &amp;amount:</source>
        <translation>按金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Global Price Cut</source>
        <translation>整体降价</translation>
    </message>
    <message>
        <source>e.g. 2.5</source>
        <translation>例如 2.5</translation>
    </message>
    <message>
        <source>in yuan, e.g. 30</source>
        <translation>单位：元，例如 30</translation>
    </message>
    <message>
        <source>Every active plan</source>
        <translation>所有启用的套餐</translation>
    </message>
    <message>
        <source>Why, for the record, e.g. 年中让利</source>
        <translation>降价原因（记录在案），例如：年中让利</translation>
    </message>
    <message>
        <source>Lowers every agent price of one plan or of all active plans from a date (§2.4). A percentage cut rounds each price down to the fen. A cut that would break any plan&apos;s price chain is refused whole: check the preview before applying.</source>
        <translation>自指定日期起下调单个套餐或全部启用套餐的所有代理价格（§2.4）。按百分比降价时，每个价格向下取整到分。若降价会破坏任一套餐的价格链，则整体拒绝：执行前请查看预览。</translation>
    </message>
    <message>
        <source>Cut:</source>
        <translation>降价方式：</translation>
    </message>
    <message>
        <source>P&amp;lans:</source>
        <translation>套餐(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>降价原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Apply Cut</source>
        <translation>执行降价</translation>
    </message>
    <message>
        <source>Type the percentage to cut.</source>
        <translation>请输入降价百分比。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage above 0 and below 100 with at most two decimals.</source>
        <translation>&quot;%1&quot; 不是大于 0 且小于 100、最多两位小数的百分比。</translation>
    </message>
    <message>
        <source>Type the amount to cut, in yuan.</source>
        <translation>请输入降价金额（元）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan above zero, e.g. 30 or 12.50.</source>
        <translation>&quot;%1&quot; 不是大于零的有效金额（元），例如 30 或 12.50。</translation>
    </message>
    <message>
        <source>No agent price is in force on %1 to cut.</source>
        <translation>%1 没有可下调的生效代理价格。</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would change from %1; every price chain stays whole.</source>
        <translation>
            <numerusform>自 %1 起将调整 %n 个价格；所有价格链保持完整。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would change, but the chain of %1 would break: the cut cannot be applied as it stands.</source>
        <translation>
            <numerusform>将调整 %n 个价格，但会破坏 %1 的价格链：按当前设置无法执行降价。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken link(s) of the price chain (§2.4):</source>
        <translation>
            <numerusform>价格链中有 %n 处不符合要求（§2.4）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PriceHistoryModel</name>
    <message>
        <source>Carrier price adjustment</source>
        <translation>运营商价格调整</translation>
    </message>
    <message>
        <source>State policy change</source>
        <translation>国家政策变化</translation>
    </message>
    <message>
        <source>Global cut</source>
        <translation>整体降价</translation>
    </message>
    <message>
        <source>First price</source>
        <translation>首次定价</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>降价</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>In force on %1</source>
        <translation>%1 适用</translation>
    </message>
    <message>
        <source>Takes effect after %1</source>
        <translation>%1 之后生效</translation>
    </message>
    <message>
        <source>Replaced by a later entry</source>
        <translation>已被后续记录取代</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
</context>
<context>
    <name>cd::PriceMatrixModel</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>No %1 price is in force on %2: every plan needs a price for each tier at both levels.</source>
        <translation>%2 没有生效的 %1 价格：每个套餐须为两个代理级别的每个价格等级设定价格。</translation>
    </message>
    <message>
        <source>%1: %2, in force since %3</source>
        <translation>%1：%2，自 %3 起生效</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级代理</translation>
    </message>
    <message>
        <source>Level-1 agents buy from the provider</source>
        <translation>一级代理向平台采购</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级代理</translation>
    </message>
    <message>
        <source>Level-2 agents buy through their parent agent</source>
        <translation>二级代理通过其上级代理采购</translation>
    </message>
</context>
<context>
    <name>cd::PriceService</name>
    <message>
        <source>No %1 price is in force on %2.</source>
        <translation>%2 没有生效的 %1 价格。</translation>
    </message>
    <message>
        <source>Only an administrator may change plans and prices.</source>
        <translation>仅管理员可修改套餐和价格。</translation>
    </message>
    <message>
        <source>The level must be 1 or 2.</source>
        <translation>代理级别只能为 1 或 2。</translation>
    </message>
    <message>
        <source>A price must be above zero.</source>
        <translation>价格须大于零。</translation>
    </message>
    <message>
        <source>A price needs the date it takes effect.</source>
        <translation>请指定价格的生效日期。</translation>
    </message>
    <message>
        <source>%1 of plan %2 would rise from %3 to %4 on %5; a raise needs the reason &quot;carrier&quot; or &quot;policy&quot; and the document&apos;s reference.</source>
        <translation>套餐 %2 的 %1 价格将于 %5 由 %3 上调至 %4；上调价格须注明原因 &quot;carrier&quot; 或 &quot;policy&quot; 及文件文号。</translation>
    </message>
    <message>
        <source>The change would break the price chain of plan %1.</source>
        <translation>该调整将破坏套餐 %1 的价格链。</translation>
    </message>
    <message>
        <source>A cut is either by percent or by amount, above zero.</source>
        <translation>降价须按百分比或按金额二者择一，且须大于零。</translation>
    </message>
    <message>
        <source>A cut must be below 100 %.</source>
        <translation>降幅须低于 100%。</translation>
    </message>
    <message>
        <source>A cut needs the date it takes effect.</source>
        <translation>请指定降价的生效日期。</translation>
    </message>
    <message>
        <source>A cut needs its reason on record.</source>
        <translation>降价须记录原因。</translation>
    </message>
    <message>
        <source>Plan %1: %2 %3 would fall to %4.</source>
        <translation>套餐 %1：%2 价格 %3 将降至 %4。</translation>
    </message>
    <message>
        <source>No agent price is in force on %1 to cut.</source>
        <translation>%1 没有可下调的生效代理价格。</translation>
    </message>
    <message>
        <source>The cut would break the price chain of %1; nothing was changed.</source>
        <translation>该降价将破坏 %1 的价格链；未作任何更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; use one of %2.</source>
        <translation>&quot;%1&quot; 不是有效的价格等级，请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in fen above zero.</source>
        <translation>&quot;%1&quot; 不是以分为单位、大于零的有效价格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
</context>
<context>
    <name>cd::PricesPage</name>
    <message>
        <source>Plans &amp; Prices</source>
        <translation>套餐与价格</translation>
    </message>
    <message>
        <source>Agent prices per tier and level with their history; they stay stable, and a tier moves up only through the quarterly evaluation (§2.4).</source>
        <translation>按价格等级和代理级别划分的代理价格及其历史记录；代理价格保持稳定，价格等级仅可通过季度考核上调（§2.4）。</translation>
    </message>
    <message>
        <source>&amp;Plans and Prices</source>
        <translation>套餐与价格(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quarterly Evaluation</source>
        <translation>季度考核(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>cd::PricesReport</name>
    <message>
        <source>Agent prices</source>
        <translation>代理价格</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>代理级别</translation>
    </message>
    <message>
        <source>Price (fen)</source>
        <translation>价格（分）</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>套餐名称</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
</context>
<context>
    <name>cd::PrintCommands</name>
    <message>
        <source>The PDF file to write (A4).</source>
        <translation>要写入的 PDF 文件（A4）。</translation>
    </message>
    <message>
        <source>The document&apos;s language: %1 (default: the language of the user interface).</source>
        <translation>文档语言：%1（默认为用户界面语言）。</translation>
    </message>
    <message>
        <source>Missing --pdf FILE.</source>
        <translation>缺少 --pdf FILE。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>未知语言 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>Render a contract to PDF: parties, tasks, prices, clauses.</source>
        <translation>将合同输出为 PDF：合同双方、季度任务、价格及条款。</translation>
    </message>
    <message>
        <source>The price schedule is the one in force on the contract&apos;s start for its tier and the agent&apos;s level (§2.4). The provider&apos;s name comes from &quot;provider set&quot;; printing is refused while it is unset.</source>
        <translation>价格表采用合同开始日期适用的、与其价格等级和代理商级别对应的价格（§2.4）。平台名称取自 &quot;provider set&quot;；未设置时拒绝打印。</translation>
    </message>
    <message>
        <source>The contract number, HT-YYYY-NNNN.</source>
        <translation>合同编号，格式为 HT-YYYY-NNNN。</translation>
    </message>
    <message>
        <source>Render a renewal reminder letter to an agent as PDF (§2.10).</source>
        <translation>将致代理商的续费提醒函输出为 PDF（§2.10）。</translation>
    </message>
    <message>
        <source>Lists the numbers of the customers the agent serves whose paid-through date falls within the renewal notice period (the largest reminder offset, 30 days by default) from the date.</source>
        <translation>列出该代理商所服务的终端客户中，缴费到期日自该日期起落在续费提醒期内（取最大提醒提前天数，默认 30 天）的号码。</translation>
    </message>
    <message>
        <source>The agent&apos;s code.</source>
        <translation>代理商的统一社会信用代码。</translation>
    </message>
    <message>
        <source>The letter&apos;s date (default today).</source>
        <translation>提醒函日期（默认为今天）。</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>已将 %1 写入 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a renewal letter for %1 listing %n number(s) to %2.</source>
        <translation>
            <numerusform>已将致 %1 的续费提醒函写入 %2，共列出 %n 个号码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PrintMenu</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>已将 %1 发送至打印机。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>cd::PrintPreviewDialog</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
</context>
<context>
    <name>cd::ProviderCommands</name>
    <message>
        <source>Show the provider&apos;s profile, one &quot;key&lt;TAB&gt;value&quot; line per field.</source>
        <translation>显示平台信息，每个字段一行 &quot;key&lt;TAB&gt;value&quot;。</translation>
    </message>
    <message>
        <source>Keys: name, licence, address, phone, updated_at, updated_by.</source>
        <translation>键：name, licence, address, phone, updated_at, updated_by。</translation>
    </message>
    <message>
        <source>Change the provider&apos;s profile printed on contracts (administrators only).</source>
        <translation>修改打印在合同上的平台信息（仅限管理员）。</translation>
    </message>
    <message>
        <source>Fields not given keep their value; an empty value clears a field. The name is required for printing.</source>
        <translation>未指定的字段保持原值；空值表示清除该字段。打印须设置名称。</translation>
    </message>
    <message>
        <source>The provider&apos;s registered name.</source>
        <translation>平台的注册名称。</translation>
    </message>
    <message>
        <source>The value-added telecom business licence number.</source>
        <translation>增值电信业务经营许可证编号。</translation>
    </message>
    <message>
        <source>The registered address.</source>
        <translation>注册地址。</translation>
    </message>
    <message>
        <source>The phone printed for agents to call.</source>
        <translation>打印在文档上供代理商拨打的电话。</translation>
    </message>
    <message>
        <source>Give at least one of --name, --licence, --address, --phone.</source>
        <translation>请至少指定 --name、--licence、--address、--phone 中的一项。</translation>
    </message>
    <message>
        <source>The provider&apos;s profile is saved.</source>
        <translation>平台信息已保存。</translation>
    </message>
</context>
<context>
    <name>cd::ProviderPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>The issuing party of printed contracts and renewal letters. Contracts cannot be printed until the name is set.</source>
        <translation>打印的合同和续费提醒函的出具方。设置名称之前无法打印合同。</translation>
    </message>
    <message>
        <source>Registered company name</source>
        <translation>公司注册名称</translation>
    </message>
    <message>
        <source>e.g. B2-20260101</source>
        <translation>例如 B2-20260101</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>许可证编号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>The provider&apos;s profile is saved; documents print it from now on.</source>
        <translation>平台信息已保存；此后打印的文档将使用该信息。</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <source>Not set yet: contracts and letters cannot be printed.</source>
        <translation>尚未设置：无法打印合同和提醒函。</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2.</source>
        <translation>最后由 %1 于 %2 修改。</translation>
    </message>
</context>
<context>
    <name>cd::ProviderProfile</name>
    <message>
        <source>The provider&apos;s name is not set, so the document cannot name its issuer. An administrator sets it under Settings › Provider, or with &quot;channeldesk-cli provider set --name NAME&quot;.</source>
        <translation>尚未设置平台名称，文档无法注明出具方。请由管理员在“设置 › 平台信息”中设置，或执行 &quot;channeldesk-cli provider set --name NAME&quot;。</translation>
    </message>
    <message>
        <source>Line breaks and control characters are not allowed here.</source>
        <translation>此处不允许使用换行符和控制字符。</translation>
    </message>
    <message>
        <source>The provider&apos;s name is required: contracts and letters print it.</source>
        <translation>平台名称为必填项：合同和提醒函均须打印该名称。</translation>
    </message>
    <message>
        <source>The provider&apos;s name is longer than 200 characters.</source>
        <translation>平台名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>The licence number is longer than 100 characters.</source>
        <translation>许可证编号超过 100 个字符。</translation>
    </message>
    <message>
        <source>The address is longer than 300 characters.</source>
        <translation>地址超过 300 个字符。</translation>
    </message>
    <message>
        <source>The phone is longer than 50 characters.</source>
        <translation>电话超过 50 个字符。</translation>
    </message>
    <message>
        <source>Only an administrator may change the provider&apos;s profile.</source>
        <translation>仅管理员可修改平台信息。</translation>
    </message>
</context>
<context>
    <name>cd::Qualification</name>
    <message>
        <source>Pending review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>More documents needed</source>
        <translation>需补充材料</translation>
    </message>
</context>
<context>
    <name>cd::QualificationPanel</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>驳回(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;More Documents Needed</source>
        <translation>需补充材料(&amp;M)</translation>
    </message>
    <message>
        <source>Store a file with its SHA-256 as a document of the kind chosen</source>
        <translation>将文件连同其 SHA-256 保存为所选类型的材料</translation>
    </message>
    <message>
        <source>No documents on file yet.</source>
        <translation>暂无已提交的材料。</translation>
    </message>
    <message>
        <source>Reason: required to reject, shown to the agent</source>
        <translation>理由：驳回时必填，将显示给代理商</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Decision (§3.9)</source>
        <translation>审核决定（§3.9）</translation>
    </message>
    <message>
        <source>Choose a review in the queue.</source>
        <translation>请在队列中选择一项审核。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Handled by %1, not the legal representative %2: the handler&apos;s ID and an authorisation letter are required too.</source>
        <translation>由 %1 而非法定代表人 %2 办理：还须提供经办人身份证和授权委托书。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Handled by the legal representative %1.</source>
        <translation>由法定代表人 %1 亲自办理。</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>Approved: numbers may be activated for this customer.</source>
        <translation>已通过：可为该终端客户开通号码。</translation>
    </message>
    <message>
        <source>Qualification: %1. No number may be activated before approval.</source>
        <translation>资质：%1。审核通过前不得开通号码。</translation>
    </message>
    <message>
        <source>Missing: %1. Approval waits for them.</source>
        <translation>缺失：%1。补齐后方可批准。</translation>
    </message>
    <message>
        <source>A rejection needs its reason</source>
        <translation>驳回须填写理由</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>添加附件：%1</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);; 所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; scan it at a lower resolution.</source>
        <translation>%1 超过 20 MB；请以较低分辨率扫描。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 attached as %2 for %3.</source>
        <translation>已将 %1 作为 %3 的 %2 添加。</translation>
    </message>
    <message>
        <source>%1 approved: numbers may now be activated for it (§3.9).</source>
        <translation>%1 已通过审核：现可为其开通号码（§3.9）。</translation>
    </message>
    <message>
        <source>%1 rejected: %2</source>
        <translation>%1 已驳回：%2</translation>
    </message>
    <message>
        <source>More documents asked of %1; the review stays open.</source>
        <translation>已要求 %1 补充材料；审核保持开启。</translation>
    </message>
</context>
<context>
    <name>cd::QuarterlyEvaluation</name>
    <message>
        <source>An auditor may not run the quarterly evaluation.</source>
        <translation>审计员不得执行季度考核。</translation>
    </message>
    <message>
        <source>An auditor may not decide tier proposals.</source>
        <translation>审计员不得决定价格等级晋级提议。</translation>
    </message>
    <message>
        <source>There is no tier proposal %1.</source>
        <translation>价格等级晋级提议 %1 不存在。</translation>
    </message>
    <message>
        <source>Proposal %1 is not open for a decision.</source>
        <translation>提议 %1 不处于待决定状态。</translation>
    </message>
    <message>
        <source>%1 is already at %2; the proposal is no longer a promotion.</source>
        <translation>%1 的价格等级已为 %2；该提议已不构成晋级。</translation>
    </message>
</context>
<context>
    <name>cd::QuickSearch</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Agent or customer name, USCC, 400 number or contract number</source>
        <translation>代理商或终端客户名称、统一社会信用代码、400 号码或合同编号</translation>
    </message>
    <message>
        <source>Type at least two characters. Enter opens, Esc closes.</source>
        <translation>请至少输入两个字符。按 Enter 打开，按 Esc 关闭。</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>未找到与 &quot;%1&quot; 匹配的结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n found. Enter opens the selected one.</source>
        <translation>
            <numerusform>找到 %n 项。按 Enter 打开所选项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::RenewalsModel</name>
    <message numerus="yes">
        <source>Overdue, in the grace period — %Ln number(s)</source>
        <translation>
            <numerusform>已逾期，处于宽限期内 — %Ln 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspended for arrears — %Ln number(s)</source>
        <translation>
            <numerusform>欠费停机 — %Ln 个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — %Ln number(s)</source>
        <translation>
            <numerusform>%1 当周 — %Ln 个号码</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 shown; scroll for more)</source>
        <translation> （已显示 %1 个；滚动查看更多）</translation>
    </message>
    <message>
        <source>Provider (taken over)</source>
        <translation>平台（已接管）</translation>
    </message>
    <message>
        <source>since %1 · reclaimed %2 unless paid</source>
        <translation>自 %1 起 · 若未缴费将于 %2 回收</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue · suspended %1</source>
        <translation>
            <numerusform>逾期 %n 天 · %1 停机</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider took the customer over; notices go to it (§2.3)</source>
        <translation>平台已接管该终端客户；通知发送给平台（§2.3）</translation>
    </message>
    <message>
        <source>Renewal notices go to %1 (§2.10, §9.6)</source>
        <translation>续费通知发送给 %1（§2.10、§9.6）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>服务方</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>缴费到期日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation>年费</translation>
    </message>
</context>
<context>
    <name>cd::RenewalsPage</name>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>登记缴费(&amp;P)…</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Numbers whose paid-through date falls in the next 12 weeks, week by week, with the overdue ones first (§2.10).</source>
        <translation>缴费到期日在未来 12 周内的号码，按周排列，已逾期的号码排在最前（§2.10）。</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) due by %1</source>
        <translation>
            <numerusform>%Ln 个号码于 %1 前到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue in grace</source>
        <translation>
            <numerusform>%Ln 个处于宽限期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suspended for arrears</source>
        <translation>
            <numerusform>%Ln 个欠费停机</numerusform>
        </translation>
    </message>
    <message>
        <source>No number is due for renewal in the next 12 weeks, and none is overdue.</source>
        <translation>未来 12 周内没有需要续费的号码，也没有逾期号码。</translation>
    </message>
    <message>
        <source>Payment of %1 recorded for %2: paid through %3.</source>
        <translation>已为 %2 登记缴费 %1：缴费到期日 %3。</translation>
    </message>
</context>
<context>
    <name>cd::RenewalsReport</name>
    <message>
        <source>Renewals due</source>
        <translation>待续费号码</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Customer&apos;s code</source>
        <translation>终端客户统一社会信用代码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>代理商统一社会信用代码</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>服务方</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>缴费到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <source>Suspended on</source>
        <translation>停机日期</translation>
    </message>
</context>
<context>
    <name>cd::ReportExporter</name>
    <message>
        <source>There is no report &quot;%1&quot;; the reports are: %2.</source>
        <translation>不存在报表 &quot;%1&quot;；可用的报表：%2。</translation>
    </message>
    <message>
        <source>%1 may not export personal data unmasked: the role %2 may not see it.</source>
        <translation>%1 不得导出未脱敏的个人信息：%2 角色无权查看此类信息。</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled; no file was written.</source>
        <translation>%1 的导出已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>cd::ReportPreviewModel</name>
    <message>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>不存在报表 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 — personal data (§2.6)</source>
        <translation>%1 — 个人信息（§2.6）</translation>
    </message>
</context>
<context>
    <name>cd::ReportsPage</name>
    <message>
        <source>Include &amp;personal data</source>
        <translation>包含个人信息(&amp;P)</translation>
    </message>
    <message>
        <source>Long codes as te&amp;xt for Excel</source>
        <translation>长代码按文本格式写入（适用于 Excel）(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Every report of the export command, previewed here as the file will read and saved as CSV for Excel.</source>
        <translation>export 命令提供的全部报表：在此按导出文件的内容预览，并可另存为供 Excel 使用的 CSV 文件。</translation>
    </message>
    <message>
        <source>Write the whole report to a CSV file (UTF-8 with a byte order mark, for Excel)</source>
        <translation>将整份报表写入 CSV 文件（带字节顺序标记的 UTF-8，供 Excel 使用）</translation>
    </message>
    <message>
        <source>channeldesk-cli export %1</source>
        <translation>channeldesk-cli export %1</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;as of&quot; date: tiers, statuses and due dates on that day</source>
        <translation>报表的截至日期：按该日的价格等级、状态和到期日计算</translation>
    </message>
    <message>
        <source>Phones, e-mails and ID numbers in full; without this they are masked (§2.6). The export is recorded in the audit log.</source>
        <translation>完整显示电话、邮箱和证件号码；否则作脱敏处理（§2.6）。导出操作将记入审计日志。</translation>
    </message>
    <message>
        <source>An auditor may not see personal data unmasked (§2.6): phones, e-mails and ID numbers are always masked.</source>
        <translation>审计员不得查看未脱敏的个人信息（§2.6）：电话、邮箱和证件号码始终作脱敏处理。</translation>
    </message>
    <message>
        <source>Writes codes of 12 or more digits (such as an all-digit USCC) so that Excel keeps them whole instead of showing 1.21E+17. ChannelDesk imports such files as they are.</source>
        <translation>以文本形式写入 12 位及以上的代码（如全数字的统一社会信用代码），使 Excel 完整保留，而不显示为 1.21E+17。ChannelDesk 可直接导入此类文件。</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>截至日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Exporting “%1”… rows written: %2</source>
        <translation>正在导出“%1”…已写入 %2 行</translation>
    </message>
    <message>
        <source>Choose a report on the left.</source>
        <translation>请在左侧选择报表。</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows; the export writes every row.</source>
        <translation>预览前 %1 行；导出时写入全部行。</translation>
    </message>
    <message>
        <source>Rows in the report: %1.</source>
        <translation>报表行数：%1。</translation>
    </message>
    <message>
        <source>Personal data is masked (§2.6).</source>
        <translation>个人信息已脱敏（§2.6）。</translation>
    </message>
    <message>
        <source>This report has no rows for the chosen date.</source>
        <translation>该报表在所选日期没有数据。</translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>无法读取该报表。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>正在导出“%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling; no file will be written…</source>
        <translation>正在取消；不会写入任何文件…</translation>
    </message>
    <message>
        <source>Exported “%1” to %2 — rows written: %3.</source>
        <translation>已将“%1”导出到 %2，共写入 %3 行。</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>导出已取消；%1 保持不变。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>cd::ReserveDialog</name>
    <message>
        <source>Reserve Number</source>
        <translation>预占号码</translation>
    </message>
    <message>
        <source>Reserve %1</source>
        <translation>预占 %1</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>终端客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>预占</translation>
    </message>
    <message>
        <source>Held until %1; at most %2 numbers per customer at a time.</source>
        <translation>保留至 %1；每个终端客户同时最多预占 %2 个号码。</translation>
    </message>
</context>
<context>
    <name>cd::ReviewCommands</name>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>终端客户的统一社会信用代码。</translation>
    </message>
    <message>
        <source>Record a qualification document of a customer (§3.9).</source>
        <translation>登记终端客户的资质材料（§3.9）。</translation>
    </message>
    <message>
        <source>Kinds: %1. The file is stored in the database with its SHA-256. handler_id and authorisation_letter are needed when the handler is not the legal representative.</source>
        <translation>类型：%1。文件连同其 SHA-256 保存在数据库中。经办人不是法定代表人时，须提供 handler_id 和 authorisation_letter。</translation>
    </message>
    <message>
        <source>The document file.</source>
        <translation>材料文件。</translation>
    </message>
    <message>
        <source>The document: %1.</source>
        <translation>材料类型：%1。</translation>
    </message>
    <message>
        <source>The day it was received (default today).</source>
        <translation>收到日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Missing --kind (%1).</source>
        <translation>缺少 --kind（%1）。</translation>
    </message>
    <message>
        <source>Unknown document kind &quot;%1&quot;: use %2.</source>
        <translation>未知材料类型 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>The qualification decision (§3.9).</source>
        <translation>资质审核决定（§3.9）。</translation>
    </message>
    <message>
        <source>approve needs every document of the checklist; reject needs --reason; more asks for more documents and keeps the review open.</source>
        <translation>approve 须材料清单齐全；reject 须提供 --reason；more 要求补充材料，审核保持开启。</translation>
    </message>
    <message>
        <source>approve, reject or more.</source>
        <translation>approve、reject 或 more。</translation>
    </message>
    <message>
        <source>Why; required to reject.</source>
        <translation>理由；驳回时必填。</translation>
    </message>
    <message>
        <source>The day of the decision (default today).</source>
        <translation>决定日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Unknown decision &quot;%1&quot;: use %2.</source>
        <translation>未知决定 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>A rejection needs --reason TEXT (§3.9).</source>
        <translation>驳回须提供 --reason TEXT（§3.9）。</translation>
    </message>
    <message>
        <source>List open reviews with their age, tab-separated.</source>
        <translation>列出未结审核及其已开启天数，以制表符分隔。</translation>
    </message>
    <message>
        <source>Columns as in &quot;export reviews&quot;: customer_uscc, customer_name, agent_uscc, kind, opened_on, age_days, due_on, missing_documents, review_id, outcome, plan_id.</source>
        <translation>列与 &quot;export reviews&quot; 相同：customer_uscc、customer_name、agent_uscc、kind、opened_on、age_days、due_on、missing_documents、review_id、outcome、plan_id。</translation>
    </message>
    <message>
        <source>Only reviews of this kind: %1.</source>
        <translation>仅列出此类型的审核：%1。</translation>
    </message>
    <message>
        <source>Ages as of this day (default today).</source>
        <translation>计算天数的截至日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Unknown review kind &quot;%1&quot;: use %2.</source>
        <translation>未知审核类型 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>List active customers with the day their next follow-up review falls due (§3.9).</source>
        <translation>列出在用终端客户及其下次回访的到期日（§3.9）。</translation>
    </message>
    <message>
        <source>Columns: customer_uscc, customer_name, agent_uscc, supervised, first_activation, last_follow_up, due_on, open_review_id.</source>
        <translation>列：customer_uscc、customer_name、agent_uscc、supervised、first_activation、last_follow_up、due_on、open_review_id。</translation>
    </message>
    <message>
        <source>As of this day (default today).</source>
        <translation>截至日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Open the follow-up reviews falling due within %1 days (§3.9).</source>
        <translation>开启 %1 天内到期的回访（§3.9）。</translation>
    </message>
    <message>
        <source>Within 30 days of activation, then yearly; every 90 days for customers of supervised agents (parameters follow_up_first_days and follow_up_supervised_days). Running it again opens nothing new.</source>
        <translation>开通后 30 天内首次回访，此后每年一次；监管中代理商的终端客户每 90 天一次（参数 follow_up_first_days 和 follow_up_supervised_days）。重复运行不会开启新的回访。</translation>
    </message>
    <message>
        <source>Draw N active customers for spot checks, weighted by risk (§3.9).</source>
        <translation>按风险加权抽取 N 家在用终端客户进行暗访（§3.9）。</translation>
    </message>
    <message>
        <source>Weight 1, ×3 when the agent is supervised, +1 per violation of the agent in the last 12 months; customers checked within spot_check_skip_days are skipped. The same seed on the same data draws the same customers; without --seed (or with 0) a fresh seed is drawn, printed and recorded.</source>
        <translation>基础权重为 1，代理商处于监管中时 ×3，代理商最近 12 个月每有一次违规 +1；spot_check_skip_days 天内已检查过的终端客户不参与抽取。相同数据使用相同种子会抽取相同的终端客户；未指定 --seed（或为 0）时生成新种子，并输出和记录。</translation>
    </message>
    <message>
        <source>How many customers to draw.</source>
        <translation>抽取的终端客户数量。</translation>
    </message>
    <message>
        <source>The seed, a whole number from 0 to %1.</source>
        <translation>种子，0 至 %1 之间的整数。</translation>
    </message>
    <message>
        <source>The day of the plan (default today).</source>
        <translation>计划日期（默认为今天）。</translation>
    </message>
    <message>
        <source>Missing --size N.</source>
        <translation>缺少 --size N。</translation>
    </message>
    <message>
        <source>--size needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--size 须为大于 0 的整数，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--seed 须为 0 至 %1 之间的整数，不能为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Record the result of a follow-up review or a spot check (§3.9).</source>
        <translation>登记回访或暗访的结果（§3.9）。</translation>
    </message>
    <message>
        <source>fraud blocks all the customer&apos;s numbers at once and opens a violation case against its developing agent.</source>
        <translation>fraud 将立即封停该终端客户的全部号码，并对其发展代理商立案。</translation>
    </message>
    <message>
        <source>The review&apos;s number.</source>
        <translation>审核编号。</translation>
    </message>
    <message>
        <source>pass, issue or fraud.</source>
        <translation>pass、issue 或 fraud。</translation>
    </message>
    <message>
        <source>What was found.</source>
        <translation>检查发现的情况。</translation>
    </message>
    <message>
        <source>The day of the check (default today).</source>
        <translation>检查日期（默认为今天）。</translation>
    </message>
    <message>
        <source>REVIEW_ID must be a review number, not &quot;%1&quot;.</source>
        <translation>REVIEW_ID 须为审核编号，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;: use %2.</source>
        <translation>未知结果 &quot;%1&quot;，请使用 %2。</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <source>Attached %1 as %2 (%3 bytes, SHA-256 %4).</source>
        <translation>已将 %1 作为 %2 添加（%3 字节，SHA-256 %4）。</translation>
    </message>
    <message>
        <source>Every document of the checklist is on file (§3.9).</source>
        <translation>材料清单中的全部材料均已提交（§3.9）。</translation>
    </message>
    <message>
        <source>Still missing (§3.9): %1.</source>
        <translation>仍缺少（§3.9）：%1。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 on %4 (§3.9).</source>
        <translation>%1（%2）：%4 %3（§3.9）。</translation>
    </message>
    <message>
        <source>Opened %1 follow-up reviews (§3.9).</source>
        <translation>已开启 %1 项回访（§3.9）。</translation>
    </message>
    <message>
        <source>Drew %1 of %2 customers on %3 (§3.9).</source>
        <translation>%3 已抽取 %1 家终端客户（计划 %2 家）（§3.9）。</translation>
    </message>
    <message>
        <source>Review %1 of %2 (%3): %4 on %5.</source>
        <translation>%2（%3）的审核 %1：%5 %4。</translation>
    </message>
    <message>
        <source>Blocked %1 numbers; opened violation %2 against %3 (§3.9).</source>
        <translation>已封停 %1 个号码；已对 %3 立案，违规案件 %2（§3.9）。</translation>
    </message>
</context>
<context>
    <name>cd::ReviewKind</name>
    <message>
        <source>Qualification review</source>
        <translation>资质审核</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>暗访</translation>
    </message>
</context>
<context>
    <name>cd::ReviewListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Open · %1</source>
        <translation>未结 · %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开启日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已开启天数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
</context>
<context>
    <name>cd::ReviewQueuePage</name>
    <message>
        <source>Reviews</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Qualification reviews before activation, spot checks and follow-up reviews of active customers (§3.9).</source>
        <translation>开通前的资质审核，以及对在用终端客户的暗访和回访（§3.9）。</translation>
    </message>
    <message>
        <source>No qualification review is waiting.</source>
        <translation>暂无待处理的资质审核。</translation>
    </message>
    <message>
        <source>&amp;Qualification Reviews</source>
        <translation>资质审核(&amp;Q)</translation>
    </message>
    <message>
        <source>Spot Checks &amp;&amp; &amp;Follow-ups</source>
        <translation>暗访与回访(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) open, oldest first</source>
        <translation>
            <numerusform>%Ln 项审核未结，最早的在前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ReviewService</name>
    <message>
        <source>A review needs the day it opens.</source>
        <translation>审核须填写开启日期。</translation>
    </message>
    <message>
        <source>An auditor may not change customer reviews.</source>
        <translation>审计员不得修改终端客户审核。</translation>
    </message>
    <message>
        <source>The document %1 is empty.</source>
        <translation>材料 %1 为空。</translation>
    </message>
    <message>
        <source>A document needs its file name.</source>
        <translation>材料须填写文件名。</translation>
    </message>
    <message>
        <source>A document needs the day it was received.</source>
        <translation>材料须填写收到日期。</translation>
    </message>
    <message>
        <source>There is no customer document with the number %1.</source>
        <translation>不存在编号为 %1 的终端客户材料。</translation>
    </message>
    <message>
        <source>An auditor may not decide qualification reviews.</source>
        <translation>审计员不得作出资质审核决定。</translation>
    </message>
    <message>
        <source>A decision needs its date.</source>
        <translation>审核决定须填写日期。</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>驳回须填写理由。</translation>
    </message>
    <message>
        <source>%1 is already approved; there is no qualification review to decide.</source>
        <translation>%1 已通过审核；没有待决定的资质审核。</translation>
    </message>
    <message>
        <source>The review of %1 opened on %2; it cannot be decided on %3.</source>
        <translation>%1 的审核于 %2 开启；不能在 %3 作出决定。</translation>
    </message>
    <message>
        <source>%1 cannot be approved while documents are missing: %2.</source>
        <translation>%1 尚缺材料，不能批准：%2。</translation>
    </message>
    <message>
        <source>An auditor may not record check results.</source>
        <translation>审计员不得登记检查结果。</translation>
    </message>
    <message>
        <source>A check result needs its date.</source>
        <translation>检查结果须填写日期。</translation>
    </message>
    <message>
        <source>Review %1 is a qualification review; decide it with approve, reject or more documents.</source>
        <translation>审核 %1 为资质审核；请以批准、驳回或需补充材料作出决定。</translation>
    </message>
    <message>
        <source>Review %1 is already closed (%2 on %3).</source>
        <translation>审核 %1 已结束（%3 %2）。</translation>
    </message>
    <message>
        <source>Review %1 opened on %2; its result cannot be dated %3.</source>
        <translation>审核 %1 于 %2 开启；其结果日期不能为 %3。</translation>
    </message>
    <message>
        <source>Fraud found by spot check %1 of customer %2 (%3).</source>
        <translation>暗访 %1 发现终端客户 %2（%3）存在欺诈。</translation>
    </message>
    <message>
        <source>Fraud found by follow-up review %1 of customer %2 (%3).</source>
        <translation>回访 %1 发现终端客户 %2（%3）存在欺诈。</translation>
    </message>
    <message>
        <source>There is no review with the number %1.</source>
        <translation>不存在编号为 %1 的审核。</translation>
    </message>
    <message>
        <source>The customer has no open qualification review.</source>
        <translation>该终端客户没有未结的资质审核。</translation>
    </message>
</context>
<context>
    <name>cd::ReviewsReport</name>
    <message>
        <source>Open reviews</source>
        <translation>未结审核</translation>
    </message>
    <message>
        <source>Customer&apos;s code</source>
        <translation>终端客户统一社会信用代码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Developing agent&apos;s code</source>
        <translation>发展代理商统一社会信用代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>开启日期</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>已开启天数</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>缺少的材料</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核编号</translation>
    </message>
    <message>
        <source>Interim outcome</source>
        <translation>中间结果</translation>
    </message>
    <message>
        <source>Spot check plan</source>
        <translation>暗访计划</translation>
    </message>
</context>
<context>
    <name>cd::Role</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>渠道经理</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>cd::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The business parameters that tune the rules, the provider&apos;s details on printed documents, and the backups of the database.</source>
        <translation>调整业务规则的参数、印制文书所用的平台信息，以及数据库备份。</translation>
    </message>
    <message>
        <source>Business Para&amp;meters</source>
        <translation>业务参数(&amp;M)</translation>
    </message>
    <message>
        <source>Pr&amp;ovider</source>
        <translation>平台信息(&amp;O)</translation>
    </message>
    <message>
        <source>Ba&amp;ckups</source>
        <translation>备份(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cd::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>窗口内任意位置</translation>
    </message>
    <message>
        <source>In a page</source>
        <translation>页面内</translation>
    </message>
    <message>
        <source>New agent, customer, contract, case, session or user (on its page)</source>
        <translation>新建代理商、终端客户、合同、违规案件、培训场次或用户（在相应页面）</translation>
    </message>
    <message>
        <source>Save the business parameters</source>
        <translation>保存业务参数</translation>
    </message>
    <message>
        <source>Undo the change just made (when the message bar offers it)</source>
        <translation>撤销刚才的更改（消息栏提供撤销时）</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>打开所选行</translation>
    </message>
    <message>
        <source>Copy the selected row</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Back from a detail to its list</source>
        <translation>从详情返回列表</translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation>刷新审计日志</translation>
    </message>
    <message>
        <source>Context menu of the selected row</source>
        <translation>所选行的右键菜单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Move between the bars of a dashboard chart; Enter opens the bar&apos;s list</source>
        <translation>在仪表盘图表的各条形之间移动；按回车打开该条形对应的列表</translation>
    </message>
</context>
<context>
    <name>cd::SpotCheckDrawModel</name>
    <message>
        <source>Supervised</source>
        <translation>监管中</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Agent status</source>
        <translation>代理商状态</translation>
    </message>
    <message>
        <source>Violations (12 months)</source>
        <translation>违规次数（12 个月）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>cd::SpotCheckPanel</name>
    <message>
        <source>&amp;Plan Spot Checks</source>
        <translation>计划暗访(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;assed</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Issue Found</source>
        <translation>发现问题(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Fraud Found…</source>
        <translation>发现欺诈(&amp;F)…</translation>
    </message>
    <message>
        <source>Schedule &amp;Follow-ups</source>
        <translation>安排回访(&amp;F)</translation>
    </message>
    <message>
        <source>Empty: a random seed</source>
        <translation>留空：随机种子</translation>
    </message>
    <message>
        <source>The same seed on the same data draws the same customers</source>
        <translation>相同数据使用相同种子会抽取相同的终端客户</translation>
    </message>
    <message>
        <source>A plan draws active customers at random, weighted by risk: ×3 when the agent is supervised, +1 per violation of the agent in the last 12 months; customers checked in the last 90 days are skipped.</source>
        <translation>暗访计划按风险加权随机抽取在用终端客户：代理商处于监管中时 ×3，代理商最近 12 个月每有一次违规 +1；最近 90 天内已检查过的终端客户不参与抽取。</translation>
    </message>
    <message>
        <source>No plan drawn in this session yet.</source>
        <translation>本次会话尚未抽取计划。</translation>
    </message>
    <message>
        <source>No open spot checks or follow-up reviews.</source>
        <translation>暂无未结的暗访或回访。</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>检查发现的情况</translation>
    </message>
    <message>
        <source>Open the follow-up reviews falling due in the next %1 days (§3.9)</source>
        <translation>开启未来 %1 天内到期的回访（§3.9）</translation>
    </message>
    <message>
        <source>Spot-check planner</source>
        <translation>暗访计划</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>数量(&amp;Z)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Open checks</source>
        <translation>未结检查</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Spot checks and follow-up reviews waiting for their result.</source>
        <translation>等待登记结果的暗访和回访。</translation>
    </message>
    <message>
        <source>Write what was found in the note first</source>
        <translation>请先在备注中填写检查发现的情况</translation>
    </message>
    <message>
        <source>The seed is a whole number from 1 to 9223372036854775807.</source>
        <translation>种子须为 1 至 9223372036854775807 之间的整数。</translation>
    </message>
    <message numerus="yes">
        <source>Plan #%1 on %2 drew %Ln of the %3 customer(s) asked, with seed %4. The same seed on the same data draws the same customers.</source>
        <translation>
            <numerusform>计划 #%1 于 %2 使用种子 %4 抽取了 %Ln 家终端客户（要求 %3 家）。相同数据使用相同种子会抽取相同的终端客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: a random seed (last: %1)</source>
        <translation>留空：随机种子（上次：%1）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot check(s) opened (§3.9).</source>
        <translation>
            <numerusform>已开启 %Ln 项暗访（§3.9）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fraud Found</source>
        <translation>发现欺诈</translation>
    </message>
    <message numerus="yes">
        <source>Record fraud at %1? At once, all of its numbers in service (%Ln on record) are blocked, and a violation case is opened against its agent %2 for a manager to classify: negligent puts the agent under supervision, intentional terminates its contract (§3.9).</source>
        <translation>
            <numerusform>确定登记 %1 存在欺诈吗？其全部在用号码（记录在案 %Ln 个）将立即封停，并对其代理商 %2 立案，由经理定性：过失（受骗）将使代理商转为监管中，故意将终止其合同（§3.9）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Fraud</source>
        <translation>登记欺诈</translation>
    </message>
    <message numerus="yes">
        <source>Fraud recorded at %1: %Ln number(s) blocked; violation case #%2 opened against %3 (§3.9).</source>
        <translation>
            <numerusform>已登记 %1 存在欺诈：%Ln 个号码已封停；已对 %3 立案，违规案件 #%2（§3.9）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 recorded for %3.</source>
        <translation>%1：已为 %3 登记 %2。</translation>
    </message>
    <message>
        <source>No follow-up review falls due in the next %1 days.</source>
        <translation>未来 %1 天内没有到期的回访。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up review(s) opened (§3.9).</source>
        <translation>
            <numerusform>已开启 %Ln 项回访（§3.9）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::SpotCheckService</name>
    <message>
        <source>A spot check plan needs its date.</source>
        <translation>暗访计划须填写日期。</translation>
    </message>
    <message>
        <source>An auditor may not plan spot checks.</source>
        <translation>审计员不得计划暗访。</translation>
    </message>
    <message>
        <source>A spot check plan draws at least one customer.</source>
        <translation>暗访计划至少须抽取一家终端客户。</translation>
    </message>
    <message>
        <source>A seed is a whole number from 1 to %1, or 0 for a fresh one.</source>
        <translation>种子须为 1 至 %1 之间的整数，或以 0 生成新种子。</translation>
    </message>
    <message>
        <source>No active customer may be drawn on %1: every one was checked recently or none has a number in service.</source>
        <translation>%1 没有可抽取的在用终端客户：所有终端客户近期均已检查，或均无在用号码。</translation>
    </message>
    <message>
        <source>There is no spot check plan with the number %1.</source>
        <translation>不存在编号为 %1 的暗访计划。</translation>
    </message>
</context>
<context>
    <name>cd::SqlQuery</name>
    <message>
        <source>No such record.</source>
        <translation>记录不存在。</translation>
    </message>
</context>
<context>
    <name>cd::StartupSweep</name>
    <message>
        <source>The daily sweep failed: %1</source>
        <translation>每日批处理失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal notice(s)</source>
        <translation>
            <numerusform>%n 条续费通知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) suspended for arrears</source>
        <translation>
            <numerusform>%n 个号码欠费停机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reclaim warning(s)</source>
        <translation>
            <numerusform>%n 条回收预警</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) reclaimed</source>
        <translation>
            <numerusform>%n 个号码已回收</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s) released</source>
        <translation>
            <numerusform>%n 个预占已释放</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) expired</source>
        <translation>
            <numerusform>%n 份合同已到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) took effect</source>
        <translation>
            <numerusform>%n 份合同已生效</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily sweep to %1: %2.</source>
        <translation>每日批处理至 %1：%2。</translation>
    </message>
</context>
<context>
    <name>cd::SuspensionsReport</name>
    <message>
        <source>Suspended numbers</source>
        <translation>停机号码</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Customer&apos;s code</source>
        <translation>终端客户统一社会信用代码</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>代理商统一社会信用代码</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>停机原因</translation>
    </message>
    <message>
        <source>Suspended on</source>
        <translation>停机日期</translation>
    </message>
    <message>
        <source>Reclaim on</source>
        <translation>回收日期</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>缴费到期日</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>终端客户</translation>
    </message>
    <message>
        <source>Days to reclaim</source>
        <translation>距回收天数</translation>
    </message>
</context>
<context>
    <name>cd::SweepCommand</name>
    <message>
        <source>Run the daily lifecycle sweep up to a date; print counts per transition.</source>
        <translation>将每日生命周期批处理执行至指定日期；输出各类状态变更的数量。</translation>
    </message>
    <message>
        <source>The date to sweep to (default today).</source>
        <translation>批处理截至日期（默认为今天）。</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期，不能为 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Sweep to %1:</source>
        <translation>批处理至 %1：</translation>
    </message>
    <message>
        <source>Renewal notices, arrears suspensions, reclaim warnings and reclaims (§2.10), expired reservations, and contracts expiring or taking effect (§9.2). Idempotent: a second run for the same date changes nothing. Missed days are caught up in one run, each transition on its true date. The output has one line per transition: renewal_due, suspended, reclaim_warning, reclaimed, reservations_released, contract_expired, contract_activated, each followed by &quot;: &quot; and the count.</source>
        <translation>处理续费通知、欠费停机、回收预警与回收（§2.10）、到期预占，以及合同到期或生效（§9.2）。幂等：同一日期再次运行不会产生任何变更。遗漏的日期在一次运行中补齐，每项状态变更均按其实际日期处理。每类状态变更输出一行：renewal_due、suspended、reclaim_warning、reclaimed、reservations_released、contract_expired、contract_activated，其后为 &quot;: &quot; 和数量。</translation>
    </message>
</context>
<context>
    <name>cd::TakeoverDialog</name>
    <message>
        <source>Record &amp;Reminder…</source>
        <translation>登记催告(&amp;R)…</translation>
    </message>
    <message>
        <source>Take Over Customers</source>
        <translation>接管终端客户</translation>
    </message>
    <message>
        <source>Required: what happened, e.g. unreachable since …</source>
        <translation>必填：说明具体情况，例如自某日起无法联系…</translation>
    </message>
    <message>
        <source>Take Over Customers of %1</source>
        <translation>接管 %1 的终端客户</translation>
    </message>
    <message>
        <source>%1 · %2. After the takeover the provider serves the chosen customers and receives their notices; %3 stays on record as the developing agent.</source>
        <translation>%1 · %2。接管后，由平台为所选终端客户提供服务并接收相关通知；%3 仍登记为发展代理商。</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select N&amp;one</source>
        <translation>全不选(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>接管依据(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>接管日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>催告：</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>终端客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Sent %1, corrected %2</source>
        <translation>%1 发出，%2 已纠正</translation>
    </message>
    <message>
        <source>Sent %1, not corrected</source>
        <translation>%1 发出，未纠正</translation>
    </message>
    <message>
        <source>None on record.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Allowed under %1. %2</source>
        <translation>依据 %1 可以接管。%2</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>不可接管：%1</translation>
    </message>
    <message>
        <source>%1 serves no customers of its own.</source>
        <translation>%1 没有由其自行服务的终端客户。</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>已选择 %1 家，共 %2 家</translation>
    </message>
    <message numerus="yes">
        <source>Take Over %n Customer(s)</source>
        <translation>
            <numerusform>接管 %n 家终端客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Reminder</source>
        <translation>登记催告</translation>
    </message>
    <message>
        <source>Record that %1 was reminded on %2 to resume serving its customers? If it does not correct this, the provider may take them over once the waiting period has passed (§9.6).</source>
        <translation>确定登记已于 %2 催告 %1 恢复为其终端客户提供服务吗？如其仍不纠正，等待期满后平台可接管这些终端客户（§9.6）。</translation>
    </message>
    <message>
        <source>Reminder to resume serving customers</source>
        <translation>催告恢复为终端客户提供服务</translation>
    </message>
    <message>
        <source>Reminder of %1 recorded (§9.6).</source>
        <translation>已登记 %1 的催告（§9.6）。</translation>
    </message>
    <message numerus="yes">
        <source>The provider now serves %n customer(s) of %1 (%2).</source>
        <translation>
            <numerusform>平台现已为 %1 的 %n 家终端客户提供服务（%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TakeoverGrounds</name>
    <message>
        <source>The agent cannot serve its customers (unreachable, out of business)</source>
        <translation>代理商无法为其终端客户提供服务（无法联系、已停业）</translation>
    </message>
    <message>
        <source>The terminated agent stopped serving and did not correct it after a reminder</source>
        <translation>已终止代理商停止服务，经催告后仍未纠正</translation>
    </message>
    <message>
        <source>The terminated agent broke the law</source>
        <translation>已终止代理商存在违法行为</translation>
    </message>
</context>
<context>
    <name>cd::TakeoverService</name>
    <message>
        <source>An auditor may not record takeovers.</source>
        <translation>审计员不得登记接管。</translation>
    </message>
    <message>
        <source>A reminder needs the date it was sent.</source>
        <translation>请指定催告的发出日期。</translation>
    </message>
    <message>
        <source>There is no open reminder %1 sent on or before %2.</source>
        <translation>不存在于 %2 当日或之前发出的未结催告 %1。</translation>
    </message>
    <message>
        <source>A takeover needs its date.</source>
        <translation>请指定接管日期。</translation>
    </message>
    <message>
        <source>The provider takes over at once because %1 cannot serve its customers.</source>
        <translation>因 %1 无法为其终端客户提供服务，平台立即接管。</translation>
    </message>
    <message>
        <source>%1 is not terminated; a breach of law by a working agent is handled as a violation, or use &quot;cannot serve&quot;.</source>
        <translation>%1 未终止合作；合作中代理商的违法行为应按违规处理，或以 &quot;cannot serve&quot;（无法服务）为接管依据。</translation>
    </message>
    <message>
        <source>The provider takes over at once because the terminated agent %1 broke the law.</source>
        <translation>因已终止代理商 %1 存在违法行为，平台立即接管。</translation>
    </message>
    <message>
        <source>%1 is not terminated; the reminder procedure applies to terminated agents only.</source>
        <translation>%1 未终止合作；催告程序仅适用于已终止的代理商。</translation>
    </message>
    <message>
        <source>The reminder of %1 went unanswered for %2 days; the provider may take over.</source>
        <translation>于 %1 发出的催告已 %2 天未获回应；平台可以接管。</translation>
    </message>
    <message>
        <source>The reminder to %1 has not yet waited %2 days; a takeover is allowed from %3.</source>
        <translation>向 %1 发出的催告尚未满 %2 天；自 %3 起方可接管。</translation>
    </message>
    <message>
        <source>No open reminder to %1 is on record; send one and wait %2 days first.</source>
        <translation>没有向 %1 发出的未结催告记录；请先发出催告并等待 %2 天。</translation>
    </message>
    <message>
        <source>Unknown grounds.</source>
        <translation>未知的接管依据。</translation>
    </message>
    <message>
        <source>A takeover needs its reason on record.</source>
        <translation>接管须记录原因。</translation>
    </message>
    <message>
        <source>%1 does not serve these customers: %2.</source>
        <translation>%1 并非以下终端客户的服务方：%2。</translation>
    </message>
    <message>
        <source>%1 serves no customers that could be taken over.</source>
        <translation>%1 没有可接管的终端客户。</translation>
    </message>
</context>
<context>
    <name>cd::TerminationDialog</name>
    <message>
        <source>Terminate Contract</source>
        <translation>终止合同</translation>
    </message>
    <message>
        <source>Optional: what happened, document references</source>
        <translation>选填：情况说明、相关文件文号</translation>
    </message>
    <message>
        <source>Terminate %1</source>
        <translation>终止合同 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 to %4</source>
        <translation>%1 · %2 · %3 至 %4</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>终止原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>终止日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Clause %1 applies: %2.</source>
        <translation>适用条款 %1：%2。</translation>
    </message>
    <message>
        <source>Contract %1 ends on %2 and %3 becomes terminated.</source>
        <translation>合同 %1 于 %2 终止，%3 转为已终止状态。</translation>
    </message>
    <message numerus="yes">
        <source>It may still renew and serve its %n customer(s) but may not open new numbers (§9.6).</source>
        <translation>
            <numerusform>该代理商仍可为其 %n 家终端客户办理续费并提供服务，但不得开通新号码（§9.6）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The prepared draft %1 ends with it.</source>
        <translation>已准备的合同草稿 %1 一并终止。</translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-agent(s) may no longer open new numbers while their parent is terminated.</source>
        <translation>
            <numerusform>在上级代理处于已终止状态期间，其 %n 家二级代理不得再开通新号码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TerminationReason</name>
    <message>
        <source>Intentionally developed fraudulent customers</source>
        <translation>故意发展欺诈客户</translation>
    </message>
    <message>
        <source>Unlawful or improper operation</source>
        <translation>违法或不当经营</translation>
    </message>
    <message>
        <source>At the agent&apos;s request</source>
        <translation>代理商申请</translation>
    </message>
    <message>
        <source>The agent ceased business</source>
        <translation>代理商停止经营</translation>
    </message>
</context>
<context>
    <name>cd::Tier</name>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银牌</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金牌</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>钻石</translation>
    </message>
</context>
<context>
    <name>cd::TrainingDueModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>First contract</source>
        <translation>首份合同开始日期</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cd::TrainingPage</name>
    <message>
        <source>&amp;New Session…</source>
        <translation>新建培训(&amp;N)…</translation>
    </message>
    <message>
        <source>Record &amp;Attendance…</source>
        <translation>登记参训(&amp;A)…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Platform training for every signed agent, due soon after its first contract starts (§2.7).</source>
        <translation>平台为每个已签约代理商提供培训，须在其首份合同开始后及时完成（§2.7）。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>No training sessions yet.</source>
        <translation>暂无培训场次。</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参训代理商</translation>
    </message>
    <message>
        <source>Overdue training (§2.7)</source>
        <translation>逾期未培训（§2.7）</translation>
    </message>
    <message>
        <source>Every signed agent has been trained.</source>
        <translation>所有已签约代理商均已参加培训。</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) overdue</source>
        <translation>
            <numerusform>%n 家代理商逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more due soon</source>
        <translation>
            <numerusform>另有 %n 家即将到期</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>尚未登记参训情况。</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; added. Record who attended with &quot;Record Attendance…&quot;.</source>
        <translation>已添加培训 &quot;%1&quot;。请通过 &quot;登记参训…&quot; 登记参训代理商。</translation>
    </message>
    <message numerus="yes">
        <source>Attendance of %n agent(s) recorded (§2.7).</source>
        <translation>
            <numerusform>已登记 %n 家代理商参训（§2.7）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An agent is overdue when %n day(s) have passed since its first contract&apos;s start and it has not yet attended a session.</source>
        <translation>
            <numerusform>代理商自首份合同开始起满 %n 天仍未参加培训的，即列为逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <comment>sentence separator</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>cd::TrainingService</name>
    <message>
        <source>An auditor may not record training.</source>
        <translation>审计员不得登记培训。</translation>
    </message>
    <message>
        <source>A training session needs its date.</source>
        <translation>请指定培训日期。</translation>
    </message>
    <message>
        <source>A training session needs a topic.</source>
        <translation>请填写培训主题。</translation>
    </message>
    <message>
        <source>A training session needs a trainer.</source>
        <translation>请填写培训讲师。</translation>
    </message>
    <message>
        <source>Name at least one agent that attended.</source>
        <translation>请至少指定一家参训代理商。</translation>
    </message>
    <message>
        <source>There is no training session %1.</source>
        <translation>培训 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>cd::TrainingSessionDialog</name>
    <message>
        <source>New Training Session</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <source>e.g. Qualification review and the platform&apos;s rules</source>
        <translation>例如：资质审核与平台规则</translation>
    </message>
    <message>
        <source>Every signed agent gets platform training soon after its first contract starts (§2.7). Record who attended after the session.</source>
        <translation>每个已签约代理商应在首份合同开始后及时参加平台培训（§2.7）。培训结束后请登记参训代理商。</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>培训日期(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>培训主题(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>培训讲师(&amp;R)：</translation>
    </message>
    <message>
        <source>Add Session</source>
        <translation>添加培训</translation>
    </message>
</context>
<context>
    <name>cd::TrainingSessionModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>参训代理商</translation>
    </message>
</context>
<context>
    <name>cd::Uscc</name>
    <message>
        <source>Staffing authority (organs and public institutions)</source>
        <translation>机构编制（机关和事业单位）</translation>
    </message>
    <message>
        <source>Foreign affairs</source>
        <translation>外交</translation>
    </message>
    <message>
        <source>Judicial administration</source>
        <translation>司法行政</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>旅游</translation>
    </message>
    <message>
        <source>Religious affairs</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Market regulation (industry and commerce)</source>
        <translation>市场监管（工商）</translation>
    </message>
    <message>
        <source>Central Military Commission reform and staffing office</source>
        <translation>中央军委改革和编制办公室</translation>
    </message>
    <message>
        <source>Agriculture and rural affairs</source>
        <translation>农业农村</translation>
    </message>
    <message>
        <source>Other registration authority</source>
        <translation>其他登记管理部门</translation>
    </message>
    <message>
        <source>State organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>Mass organisation staffed by the central staffing office</source>
        <translation>中央编办直接管理机构编制的群众团体</translation>
    </message>
    <message>
        <source>Other body registered by the staffing authority</source>
        <translation>机构编制部门登记的其他机构</translation>
    </message>
    <message>
        <source>Resident foreign news agency</source>
        <translation>外国常驻新闻机构</translation>
    </message>
    <message>
        <source>Other body registered by foreign affairs</source>
        <translation>外交部门登记的其他机构</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>律师执业机构</translation>
    </message>
    <message>
        <source>Notary office</source>
        <translation>公证处</translation>
    </message>
    <message>
        <source>Grassroots legal service office</source>
        <translation>基层法律服务所</translation>
    </message>
    <message>
        <source>Forensic appraisal institution</source>
        <translation>司法鉴定机构</translation>
    </message>
    <message>
        <source>Arbitration commission</source>
        <translation>仲裁委员会</translation>
    </message>
    <message>
        <source>Other body registered by judicial administration</source>
        <translation>司法行政部门登记的其他机构</translation>
    </message>
    <message>
        <source>Foreign cultural centre in China</source>
        <translation>外国在华文化中心</translation>
    </message>
    <message>
        <source>Other body registered by culture</source>
        <translation>文化部门登记的其他机构</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>社会团体</translation>
    </message>
    <message>
        <source>Private non-enterprise unit</source>
        <translation>民办非企业单位</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>基金会</translation>
    </message>
    <message>
        <source>Other body registered by civil affairs</source>
        <translation>民政部门登记的其他机构</translation>
    </message>
    <message>
        <source>Resident office of a foreign tourism authority</source>
        <translation>外国旅游部门常驻代表机构</translation>
    </message>
    <message>
        <source>Resident office of a Hong Kong, Macao or Taiwan tourism authority</source>
        <translation>港澳台地区旅游部门常驻内地（大陆）代表机构</translation>
    </message>
    <message>
        <source>Other body registered by tourism</source>
        <translation>旅游部门登记的其他机构</translation>
    </message>
    <message>
        <source>Religious venue</source>
        <translation>宗教活动场所</translation>
    </message>
    <message>
        <source>Religious school</source>
        <translation>宗教院校</translation>
    </message>
    <message>
        <source>Other body registered by religious affairs</source>
        <translation>宗教部门登记的其他机构</translation>
    </message>
    <message>
        <source>Grassroots trade union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <source>Other trade union body</source>
        <translation>其他工会机构</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Farmers&apos; specialised cooperative</source>
        <translation>农民专业合作社</translation>
    </message>
    <message>
        <source>Military public institution</source>
        <translation>军队事业单位</translation>
    </message>
    <message>
        <source>Other body registered by the military staffing office</source>
        <translation>中央军委改革和编制办公室登记的其他机构</translation>
    </message>
    <message>
        <source>Group-level rural collective economic organisation</source>
        <translation>组级集体经济组织</translation>
    </message>
    <message>
        <source>Village-level rural collective economic organisation</source>
        <translation>村级集体经济组织</translation>
    </message>
    <message>
        <source>Township-level rural collective economic organisation</source>
        <translation>乡镇级集体经济组织</translation>
    </message>
    <message>
        <source>Other body registered by agriculture</source>
        <translation>农业农村部门登记的其他机构</translation>
    </message>
    <message>
        <source>Organisation registered by another authority</source>
        <translation>其他登记管理部门登记的机构</translation>
    </message>
    <message>
        <source>No unified social credit code was given.</source>
        <translation>未提供统一社会信用代码。</translation>
    </message>
    <message>
        <source>This is a natural person&apos;s resident ID number, not an organisation&apos;s unified social credit code.</source>
        <translation>此为自然人的居民身份证号码，而非组织的统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，此代码为 %1 位。</translation>
    </message>
    <message>
        <source>Fifteen digits may be a business registration number from before the codes were unified: ask for the 18-character code on the current licence.</source>
        <translation>15 位数字可能是统一代码实施前的工商注册号：请索取现行营业执照上的 18 位统一社会信用代码。</translation>
    </message>
    <message>
        <source>Position %1 holds the letter %2, which unified social credit codes never use (I, O, S, V and Z are left out).</source>
        <translation>第 %1 位为字母 %2，统一社会信用代码不使用该字母（不使用 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>Did you mean the digit %1?</source>
        <translation>是否应为数字 %1？</translation>
    </message>
    <message>
        <source>Position %1 holds %2, which is not allowed: a unified social credit code has only digits and capital letters other than I, O, S, V and Z.</source>
        <translation>第 %1 位为 %2，不符合要求：统一社会信用代码仅由数字和除 I、O、S、V、Z 以外的大写字母组成。</translation>
    </message>
    <message>
        <source>The check character (position 18) is %1, but the first 17 characters give %2: the code has been mistyped.</source>
        <translation>校验码（第 18 位）为 %1，但按前 17 位计算应为 %2：代码输入有误。</translation>
    </message>
    <message>
        <source>Positions 3 to 8 are the six digits of an administrative division code, but position %1 holds %2.</source>
        <translation>第 3 至 8 位应为 6 位数字的行政区划码，但第 %1 位为 %2。</translation>
    </message>
    <message>
        <source>%1 (position 1) is not a registration authority code.</source>
        <translation>%1（第 1 位）不是有效的登记管理部门代码。</translation>
    </message>
    <message>
        <source>Registration authority %1, %2, has no category %3 (position 2).</source>
        <translation>登记管理部门 %1（%2）下没有机构类别 %3（第 2 位）。</translation>
    </message>
    <message>
        <source>An agent needs a unified social credit code.</source>
        <translation>代理商须提供统一社会信用代码。</translation>
    </message>
    <message>
        <source>An individual business (code beginning with 92) may not be an agent: only legal entities may.</source>
        <translation>个体工商户（代码以 92 开头）不得成为代理商：仅法人单位可以成为代理商。</translation>
    </message>
</context>
<context>
    <name>cd::UsccCommand</name>
    <message>
        <source>Check a unified social credit code; print it normalised if valid.</source>
        <translation>校验统一社会信用代码；有效时输出规范化后的代码。</translation>
    </message>
    <message>
        <source>Exit code 0 when the code is valid, 1 with the reason when not. Lower case, spaces and dashes are accepted.</source>
        <translation>代码有效时退出码为 0；无效时退出码为 1 并输出原因。可接受小写字母、空格和短横线。</translation>
    </message>
    <message>
        <source>The 18-character code.</source>
        <translation>18 位代码。</translation>
    </message>
</context>
<context>
    <name>cd::UserCommands</name>
    <message>
        <source>The new password comes from CHANNELDESK_NEW_PASSWORD or is asked twice.</source>
        <translation>新密码取自 CHANNELDESK_NEW_PASSWORD，或在提示时输入两次。</translation>
    </message>
    <message>
        <source>Create a user account (administrators only).</source>
        <translation>创建用户账号（仅限管理员）。</translation>
    </message>
    <message>
        <source>The name of the new account.</source>
        <translation>新账号的用户名。</translation>
    </message>
    <message>
        <source>The role: admin, manager or auditor.</source>
        <translation>角色：admin、manager 或 auditor。</translation>
    </message>
    <message>
        <source>Missing --role (admin, manager or auditor).</source>
        <translation>缺少 --role（admin、manager 或 auditor）。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use admin, manager or auditor.</source>
        <translation>未知角色 &quot;%1&quot;，请使用 admin、manager 或 auditor。</translation>
    </message>
    <message>
        <source>List the user accounts, tab-separated.</source>
        <translation>列出用户账号，以制表符分隔。</translation>
    </message>
    <message>
        <source>Columns: name, role, status, created_at, last_login_at.</source>
        <translation>列：name, role, status, created_at, last_login_at。</translation>
    </message>
    <message>
        <source>Set a user&apos;s password (administrators; anyone for their own).</source>
        <translation>设置用户密码（管理员可设置任何用户的密码；其他用户可设置自己的密码）。</translation>
    </message>
    <message>
        <source>The account whose password changes.</source>
        <translation>要更改密码的账号。</translation>
    </message>
    <message>
        <source>Disable a user account so it can no longer sign in.</source>
        <translation>停用用户账号，使其无法再登录。</translation>
    </message>
    <message>
        <source>The account to disable.</source>
        <translation>要停用的账号。</translation>
    </message>
    <message>
        <source>Enable a disabled user account again.</source>
        <translation>重新启用已停用的用户账号。</translation>
    </message>
    <message>
        <source>The account to enable.</source>
        <translation>要启用的账号。</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>新用户 %1 的密码： </translation>
    </message>
    <message>
        <source>Created the user %1 with the role %2.</source>
        <translation>已创建用户 %1，角色为 %2。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>已更改 %1 的密码。</translation>
    </message>
    <message>
        <source>Enabled the user %1.</source>
        <translation>已启用用户 %1。</translation>
    </message>
    <message>
        <source>Disabled the user %1.</source>
        <translation>已停用用户 %1。</translation>
    </message>
</context>
<context>
    <name>cd::UserDialog</name>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再次输入相同的密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The new user signs in with this name and password. Managers work with agents, customers and numbers; auditors only read; administrators also manage users and settings.</source>
        <translation>新用户使用此用户名和密码登录。渠道经理负责代理商、终端客户和号码；审计员仅可查看；管理员还可管理用户和设置。</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next sign-in.</source>
        <translation>新角色自该用户下次登录时生效。</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Give the user the new password in person; they can sign in with it at once. A locked account is unlocked.</source>
        <translation>请当面将新密码告知该用户，该用户可立即使用新密码登录。已锁定的账号将同时解锁。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>cd::UserListModel</name>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>cd::UserService</name>
    <message>
        <source>The user name is empty.</source>
        <translation>用户名不得为空。</translation>
    </message>
    <message>
        <source>The user name is longer than 64 characters.</source>
        <translation>用户名超过 64 个字符。</translation>
    </message>
    <message>
        <source>The user name contains a control character.</source>
        <translation>用户名包含控制字符。</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码不得少于 8 个字符。</translation>
    </message>
    <message>
        <source>The database already has users; sign in as an administrator to add more.</source>
        <translation>数据库中已有用户；请以管理员身份登录后再添加。</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>无法对密码进行哈希处理。</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>仅管理员可管理用户。</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>用户 &quot;%1&quot; 已存在。</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>用户 &quot;%1&quot; 不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and must stay one.</source>
        <translation>&quot;%1&quot; 是最后一个启用的管理员，必须保留其管理员角色。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the account is locked until %1 UTC.</source>
        <translation>登录失败次数过多：账号已锁定至 %1 UTC。</translation>
    </message>
</context>
<context>
    <name>cd::UsersPage</name>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The accounts that may sign in to this database and their roles. Every change is recorded in the audit log.</source>
        <translation>可登录本数据库的账号及其角色。每项更改均记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; added as %2.</source>
        <translation>已添加用户 &quot;%1&quot;，角色为 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>&quot;%1&quot; 的角色已更改为 %2。</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset.</source>
        <translation>已重置 &quot;%1&quot; 的密码。</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? The account can no longer sign in; its entries in the audit log stay.</source>
        <translation>确定要停用 &quot;%1&quot; 吗？停用后该账号将无法登录；其审计日志条目仍予保留。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can sign in again.</source>
        <translation>&quot;%1&quot; 已可重新登录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deactivated.</source>
        <translation>已停用 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>cd::ViolationDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>New Violation</source>
        <translation>登记违规</translation>
    </message>
    <message>
        <source>§3.9 Fraudulent customers</source>
        <translation>§3.9 发展欺诈客户</translation>
    </message>
    <message>
        <source>§3.2 Unlawful or improper operation</source>
        <translation>§3.2 违法或不当经营</translation>
    </message>
    <message>
        <source>What was found, where and by whom</source>
        <translation>发现的情况、地点及发现人</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>A case stays open until a manager classifies it (§3.9) and decides any penalties (§3.2).</source>
        <translation>案件在渠道经理定性（§3.9）并决定处罚（§3.2）之前保持未结状态。</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>代理商(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Clause:</source>
        <translation>依据条款(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>发现日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>情况说明(&amp;D)：</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>证据(&amp;V)：</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg);;PDF documents (*.pdf)</source>
        <translation>所有文件 (*);; 图片 (*.png *.jpg *.jpeg);; PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Case #%1 is open, but %2 could not be read: %3. Remove it or choose another file, then press OK again.</source>
        <translation>案件 #%1 已立案，但无法读取 %2：%3。请移除该文件或另选文件，然后再次点击“立案”。</translation>
    </message>
    <message>
        <source>Case #%1 is open, but %2 was not attached: %3</source>
        <translation>案件 #%1 已立案，但未能附加 %2：%3</translation>
    </message>
</context>
<context>
    <name>cd::ViolationListModel</name>
    <message>
        <source>Spot check</source>
        <translation>暗访</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Qualification review</source>
        <translation>资质审核</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>人工登记</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>cd::ViolationService</name>
    <message>
        <source>A violation rests on §3.2 (unlawful or improper operation) or §3.9 (fraudulent customers); &quot;%1&quot; is neither.</source>
        <translation>违规须依据 §3.2（违法或不当经营）或 §3.9（发展欺诈客户）；&quot;%1&quot; 均不属于。</translation>
    </message>
    <message>
        <source>Describe the violation.</source>
        <translation>请填写违规情况说明。</translation>
    </message>
    <message>
        <source>A violation needs the date it was found.</source>
        <translation>请指定违规的发现日期。</translation>
    </message>
    <message>
        <source>An auditor may not record violations.</source>
        <translation>审计员不得登记违规。</translation>
    </message>
    <message>
        <source>The evidence file %1 is empty.</source>
        <translation>证据文件 %1 为空。</translation>
    </message>
    <message>
        <source>Choose negligent or intentional.</source>
        <translation>请选择过失或故意。</translation>
    </message>
    <message>
        <source>A classification needs its date.</source>
        <translation>请指定定性日期。</translation>
    </message>
    <message>
        <source>Violation %1 is already classified as %2.</source>
        <translation>违规案件 %1 已定性为 %2。</translation>
    </message>
    <message>
        <source>A penalty needs the date it was decided.</source>
        <translation>请指定处罚决定日期。</translation>
    </message>
    <message>
        <source>A fine needs a positive amount.</source>
        <translation>罚款金额须大于零。</translation>
    </message>
    <message>
        <source>A stop on new activations needs a start and an end date, the end not before the start.</source>
        <translation>暂停新开通须指定开始日期和结束日期，且结束日期不得早于开始日期。</translation>
    </message>
    <message>
        <source>%1 is already at the lowest tier; it cannot be downgraded.</source>
        <translation>%1 已处于最低价格等级，无法再降级。</translation>
    </message>
    <message>
        <source>%1 has no active contract to terminate.</source>
        <translation>%1 没有可终止的生效合同。</translation>
    </message>
    <message>
        <source>Classify violation %1 before closing it.</source>
        <translation>请先对违规案件 %1 定性，再结案。</translation>
    </message>
    <message>
        <source>There is no violation %1.</source>
        <translation>违规案件 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no evidence file with the id %1.</source>
        <translation>不存在编号为 %1 的证据文件。</translation>
    </message>
</context>
<context>
    <name>cd::ViolationsPage</name>
    <message>
        <source>&amp;New Violation…</source>
        <translation>登记违规(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Classify…</source>
        <translation>定性(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Penalty…</source>
        <translation>处罚(&amp;P)…</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>结案(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation>添加证据(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Cases against agents: fraudulent customers (§3.9) and unlawful or improper operation (§3.2), their classification, penalties and evidence.</source>
        <translation>针对代理商的违规案件：发展欺诈客户（§3.9）以及违法或不当经营（§3.2），包括案件的定性、处罚和证据。</translation>
    </message>
    <message>
        <source>No violation cases on record.</source>
        <translation>暂无违规案件记录。</translation>
    </message>
    <message>
        <source>Penalties (§3.2)</source>
        <translation>处罚（§3.2）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 起案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 起未结</numerusform>
        </translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>Select a case to see its description, penalties and evidence.</source>
        <translation>请选择一个案件以查看其说明、处罚和证据。</translation>
    </message>
    <message>
        <source>Case #%1 · %2</source>
        <translation>案件 #%1 · %2</translation>
    </message>
    <message>
        <source>Found %1 (%2) · %3 · %4</source>
        <translation>发现于 %1（%2）· %3 · %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Classified %1 on %2 by %3</source>
        <translation>%3 于 %2 定性为 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>SHA-256 %1, added %2</source>
        <translation>SHA-256 %1，添加于 %2</translation>
    </message>
    <message>
        <source>Classify the case before closing it (§3.9)</source>
        <translation>结案前须先对案件定性（§3.9）</translation>
    </message>
    <message>
        <source>Case #%1 opened against %2 (%3).</source>
        <translation>已对 %2 立案：案件 #%1（%3）。</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Close case #%1 against %2? A closed case takes no further penalties; it stays on record.</source>
        <translation>确定对 %2 的案件 #%1 结案吗？结案后不得再追加处罚，案件记录仍予保留。</translation>
    </message>
    <message>
        <source>Case #%1 closed.</source>
        <translation>案件 #%1 已结案。</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg);;PDF documents (*.pdf)</source>
        <translation>所有文件 (*);; 图片 (*.png *.jpg *.jpeg);; PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 attached to case #%2.</source>
        <translation>已将 %1 附加到案件 #%2。</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>证据另存为</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Show &amp;All Cases</source>
        <translation>显示全部案件(&amp;A)</translation>
    </message>
    <message>
        <source>showing the open ones</source>
        <translation>当前显示未结案件</translation>
    </message>
    <message>
        <source>showing the closed ones</source>
        <translation>当前显示已结案件</translation>
    </message>
</context>
<context>
    <name>cd::ViolationsReport</name>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>代理商统一社会信用代码</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
</context>
<context>
    <name>cd::main</name>
    <message>
        <source>Channel management for 400-number providers.</source>
        <translation>面向 400 号码服务商的渠道管理系统。</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
</context>
</TS>
