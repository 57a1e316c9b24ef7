<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cd::ActivationDialog</name>
    <message>
        <source>Activate Number</source>
        <translation>Activate Number</translation>
    </message>
    <message>
        <source>400 number, e.g. 400-820-8888</source>
        <translation>400 number, e.g. 400-820-8888</translation>
    </message>
    <message>
        <source>Choose a plan</source>
        <translation>Choose a plan</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 a year</source>
        <translation>%1 — %2 · %3 a year</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>One phone number per line, e.g. 13812345678 or 010-62345678</source>
        <translation>One phone number per line, e.g. 13812345678 or 010-62345678</translation>
    </message>
    <message>
        <source>A number is activated for a customer that passed qualification review, through an agent that may open numbers, on a plan the number&apos;s grade allows. Paid through = date + months − 1 day.</source>
        <translation>A number is activated for a customer that passed qualification review, through an agent that may open numbers, on a plan the number&apos;s grade allows. Paid through = date + months − 1 day.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>paid for &amp;months:</source>
        <translation>paid for &amp;months:</translation>
    </message>
    <message>
        <source>Activation &amp;date:</source>
        <translation>Activation &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinations:</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Type the number to activate.</source>
        <translation>Type the number to activate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 400 number: ten digits starting with 400.</source>
        <translation>&quot;%1&quot; is not a 400 number: ten digits starting with 400.</translation>
    </message>
    <message>
        <source>%1 · normal number, any plan</source>
        <translation>%1 · normal number, any plan</translation>
    </message>
    <message>
        <source>%1 · %2 number: plans of at least %3 a year</source>
        <translation>%1 · %2 number: plans of at least %3 a year</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is %2: only an available number, or one reserved for this customer, can be activated.</source>
        <translation>%1 is %2: only an available number, or one reserved for this customer, can be activated.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Choose the customer.</translation>
    </message>
    <message>
        <source>Qualification: %1 · served by the provider since %2</source>
        <translation>Qualification: %1 · served by the provider since %2</translation>
    </message>
    <message>
        <source>Qualification: %1 · developing agent %2 (%3)</source>
        <translation>Qualification: %1 · developing agent %2 (%3)</translation>
    </message>
    <message>
        <source>%1 has not passed qualification review (%2): numbers are activated only for approved customers (§3.9).</source>
        <translation>%1 has not passed qualification review (%2): numbers are activated only for approved customers (§3.9).</translation>
    </message>
    <message>
        <source>Agent %1: %2</source>
        <translation>Agent %1: %2</translation>
    </message>
    <message>
        <source>No plan is offered; an administrator adds plans under Prices.</source>
        <translation>No plan is offered; an administrator adds plans under Prices.</translation>
    </message>
    <message>
        <source>Choose the plan.</source>
        <translation>Choose the plan.</translation>
    </message>
    <message>
        <source>Annual fee %1 · %2 minutes included · %3 a minute beyond</source>
        <translation>Annual fee %1 · %2 minutes included · %3 a minute beyond</translation>
    </message>
    <message>
        <source>%1 numbers need a plan of at least %2 a year; %3 costs %4.</source>
        <translation>%1 numbers need a plan of at least %2 a year; %3 costs %4.</translation>
    </message>
    <message>
        <source>Not a Chinese phone number: %1</source>
        <translation>Not a Chinese phone number: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n destination(s) not a Chinese phone number.</source>
        <translation>
            <numerusform>%n destination not a Chinese phone number.</numerusform>
            <numerusform>%n destinations not a Chinese phone number.</numerusform>
        </translation>
    </message>
    <message>
        <source>An auditor may not activate numbers.</source>
        <translation>An auditor may not activate numbers.</translation>
    </message>
    <message numerus="yes">
        <source>Paid through %1 (%n month(s) from %2).</source>
        <translation>
            <numerusform>Paid through %1 (%n month from %2).</numerusform>
            <numerusform>Paid through %1 (%n months from %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No destination yet: calls reach nobody until one is set.</source>
        <translation>No destination yet: calls reach nobody until one is set.</translation>
    </message>
    <message>
        <source>Calls go to %1.</source>
        <translation>Calls go to %1.</translation>
    </message>
    <message>
        <source>Nothing blocks the activation.</source>
        <translation>Nothing blocks the activation.</translation>
    </message>
    <message>
        <source>What blocks the activation:</source>
        <translation>What blocks the activation:</translation>
    </message>
</context>
<context>
    <name>cd::AgentCommands</name>
    <message>
        <source>--level must be 1 or 2, not &quot;%1&quot;.</source>
        <translation>--level must be 1 or 2, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Add an agent as a prospect (§1.1: legal entities only).</source>
        <translation>Add an agent as a prospect (§1.1: legal entities only).</translation>
    </message>
    <message>
        <source>A level-2 agent names its level-1 parent, which must be active or supervised. The agent becomes active with its first contract.</source>
        <translation>A level-2 agent names its level-1 parent, which must be active or supervised. The agent becomes active with its first contract.</translation>
    </message>
    <message>
        <source>The agent&apos;s registered name.</source>
        <translation>The agent&apos;s registered name.</translation>
    </message>
    <message>
        <source>The unified social credit code.</source>
        <translation>The unified social credit code.</translation>
    </message>
    <message>
        <source>1 (signs with the provider) or 2 (sub-agent).</source>
        <translation>1 (signs with the provider) or 2 (sub-agent).</translation>
    </message>
    <message>
        <source>The level-1 parent&apos;s code (level 2 only).</source>
        <translation>The level-1 parent&apos;s code (level 2 only).</translation>
    </message>
    <message>
        <source>The legal representative.</source>
        <translation>The legal representative.</translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation>The contact person.</translation>
    </message>
    <message>
        <source>The contact phone.</source>
        <translation>The contact phone.</translation>
    </message>
    <message>
        <source>The contact email.</source>
        <translation>The contact email.</translation>
    </message>
    <message>
        <source>The address.</source>
        <translation>The address.</translation>
    </message>
    <message>
        <source>The region served.</source>
        <translation>The region served.</translation>
    </message>
    <message>
        <source>The price tier: %1 (default standard).</source>
        <translation>The price tier: %1 (default standard).</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Missing --%1.</translation>
    </message>
    <message>
        <source>List agents, tab-separated.</source>
        <translation>List agents, tab-separated.</translation>
    </message>
    <message>
        <source>Columns: uscc, name, level, parent_uscc, status, tier, contact, region.</source>
        <translation>Columns: uscc, name, level, parent_uscc, status, tier, contact, region.</translation>
    </message>
    <message>
        <source>Only agents with this status: %1.</source>
        <translation>Only agents with this status: %1.</translation>
    </message>
    <message>
        <source>Only level-1 or only level-2 agents.</source>
        <translation>Only level-1 or only level-2 agents.</translation>
    </message>
    <message>
        <source>Only agents whose name, code, contact or region contains TEXT.</source>
        <translation>Only agents whose name, code, contact or region contains TEXT.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation>Unknown status &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>Show an agent: its fields, parent, sub-agents and contracts.</source>
        <translation>Show an agent: its fields, parent, sub-agents and contracts.</translation>
    </message>
    <message>
        <source>The agent&apos;s code.</source>
        <translation>The agent&apos;s code.</translation>
    </message>
    <message>
        <source>Added the level-%1 agent %2 (%3) as %4.</source>
        <translation>Added the level-%1 agent %2 (%3) as %4.</translation>
    </message>
    <message>
        <source>Sub-agents: %1</source>
        <translation>Sub-agents: %1</translation>
    </message>
    <message>
        <source>Contracts: %1</source>
        <translation>Contracts: %1</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>no task</translation>
    </message>
    <message>
        <source>%1 (%2), level %3</source>
        <translation>%1 (%2), level %3</translation>
    </message>
    <message>
        <source>New activations this quarter, its sub-agents&apos; included, of the contract&apos;s task</source>
        <translation>New activations this quarter, its sub-agents&apos; included, of the contract&apos;s task</translation>
    </message>
    <message>
        <source>New activations this quarter of the contract&apos;s task</source>
        <translation>New activations this quarter of the contract&apos;s task</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Activations / task</source>
        <translation>Activations / task</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
</context>
<context>
    <name>cd::AgentCustomersModel</name>
    <message>
        <source>Provider since %1</source>
        <translation>Provider since %1</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>The agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Served by</translation>
    </message>
</context>
<context>
    <name>cd::AgentDetailPage</name>
    <message>
        <source>‹ All Agents</source>
        <translation>‹ All Agents</translation>
    </message>
    <message>
        <source>Back to the list of agents (Esc)</source>
        <translation>Back to the list of agents (Esc)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Contracts</source>
        <translation>&amp;Contracts</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>&amp;Violations</source>
        <translation>&amp;Violations</translation>
    </message>
    <message>
        <source>C&amp;ustomers</source>
        <translation>C&amp;ustomers</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>Credit code:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Portal account:</source>
        <translation>Portal account:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Added:</translation>
    </message>
    <message>
        <source>Parent agent:</source>
        <translation>Parent agent:</translation>
    </message>
    <message>
        <source>No sub-agents.</source>
        <translation>No sub-agents.</translation>
    </message>
    <message>
        <source>&amp;Sign Contract…</source>
        <translation>&amp;Sign Contract…</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>&amp;Terminate…</translation>
    </message>
    <message>
        <source>No contracts yet. A prospect becomes active with its first contract (§9.2).</source>
        <translation>No contracts yet. A prospect becomes active with its first contract (§9.2).</translation>
    </message>
    <message>
        <source>No training attended yet.</source>
        <translation>No training attended yet.</translation>
    </message>
    <message>
        <source>&amp;New Violation…</source>
        <translation>&amp;New Violation…</translation>
    </message>
    <message>
        <source>Cl&amp;assify…</source>
        <translation>Cl&amp;assify…</translation>
    </message>
    <message>
        <source>&amp;Penalty…</source>
        <translation>&amp;Penalty…</translation>
    </message>
    <message>
        <source>No violations on record.</source>
        <translation>No violations on record.</translation>
    </message>
    <message>
        <source>&amp;Take Over…</source>
        <translation>&amp;Take Over…</translation>
    </message>
    <message>
        <source>The provider serves the agent&apos;s customers itself (§2.3, §9.6)</source>
        <translation>The provider serves the agent&apos;s customers itself (§2.3, §9.6)</translation>
    </message>
    <message>
        <source>No customers developed yet.</source>
        <translation>No customers developed yet.</translation>
    </message>
    <message>
        <source>Training overdue: the first contract started on %1 and no training was attended by %2 (§2.7).</source>
        <translation>Training overdue: the first contract started on %1 and no training was attended by %2 (§2.7).</translation>
    </message>
    <message>
        <source>Training due by %1, %2 days after the first contract&apos;s start (§2.7).</source>
        <translation>Training due by %1, %2 days after the first contract&apos;s start (§2.7).</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) developed</source>
        <translation>
            <numerusform>%n customer developed</numerusform>
            <numerusform>%n customers developed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n served by the agent</source>
        <translation>
            <numerusform>%n served by the agent</numerusform>
            <numerusform>%n served by the agent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n by the provider</source>
        <translation>
            <numerusform>%n by the provider</numerusform>
            <numerusform>%n by the provider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken over %1 under %2 (%n customer(s)): %3</source>
        <translation>
            <numerusform>Taken over %1 under %2 (%n customer): %3</numerusform>
            <numerusform>Taken over %1 under %2 (%n customers): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Contracts (%1)</source>
        <translation>&amp;Contracts (%1)</translation>
    </message>
    <message>
        <source>&amp;Violations (%1)</source>
        <translation>&amp;Violations (%1)</translation>
    </message>
    <message>
        <source>C&amp;ustomers (%1)</source>
        <translation>C&amp;ustomers (%1)</translation>
    </message>
    <message>
        <source>T&amp;raining (overdue)</source>
        <translation>T&amp;raining (overdue)</translation>
    </message>
    <message>
        <source>%1 · sub-agent of %2 · %3</source>
        <translation>%1 · sub-agent of %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>%1 tier</translation>
    </message>
    <message>
        <source>%1, active from %2 to %3</source>
        <translation>%1, active from %2 to %3</translation>
    </message>
    <message>
        <source>%1, terminated on %2 (%3)</source>
        <translation>%1, terminated on %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Sub-agents (%1)</source>
        <translation>Sub-agents (%1)</translation>
    </message>
    <message>
        <source>A terminated agent may not sign a new contract (§9.6)</source>
        <translation>A terminated agent may not sign a new contract (§9.6)</translation>
    </message>
    <message>
        <source>Contract %1 signed; it is active until %2.</source>
        <translation>Contract %1 signed; it is active until %2.</translation>
    </message>
    <message>
        <source>Contract %1 signed; it takes effect on %2.</source>
        <translation>Contract %1 signed; it takes effect on %2.</translation>
    </message>
    <message>
        <source>Contract %1 terminated under %2; %3 may still renew and serve its customers (§9.6).</source>
        <translation>Contract %1 terminated under %2; %3 may still renew and serve its customers (§9.6).</translation>
    </message>
    <message>
        <source>Case #%1 opened (%2).</source>
        <translation>Case #%1 opened (%2).</translation>
    </message>
    <message>
        <source>Print Renewal &amp;Letter…</source>
        <translation>Print Renewal &amp;Letter…</translation>
    </message>
    <message>
        <source>A letter to the agent listing its customers&apos; numbers due for renewal in the coming notice period (§2.10)</source>
        <translation>A letter to the agent listing its customers&apos; numbers due for renewal in the coming notice period (§2.10)</translation>
    </message>
</context>
<context>
    <name>cd::AgentDialog</name>
    <message>
        <source>New Agent</source>
        <translation>New Agent</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 characters, e.g. 91350100M000100Y43</translation>
    </message>
    <message>
        <source>Level 1 — signs with the provider</source>
        <translation>Level 1 — signs with the provider</translation>
    </message>
    <message>
        <source>Level 2 — sub-agent of a level-1 agent</source>
        <translation>Level 2 — sub-agent of a level-1 agent</translation>
    </message>
    <message>
        <source>Only for level-2 agents</source>
        <translation>Only for level-2 agents</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 13812345678</source>
        <translation>Mobile or landline, e.g. 13812345678</translation>
    </message>
    <message>
        <source>e.g. Beijing</source>
        <translation>e.g. Beijing</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Only legal entities may be agents: a valid unified social credit code that is not an individual business&apos;s (§1.1). The agent starts as a prospect and becomes active with its first contract.</source>
        <translation>Only legal entities may be agents: a valid unified social credit code that is not an individual business&apos;s (§1.1). The agent starts as a prospect and becomes active with its first contract.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>Credit &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Le&amp;vel:</translation>
    </message>
    <message>
        <source>&amp;Parent agent:</source>
        <translation>&amp;Parent agent:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Agent portal (optional)</source>
        <translation>Agent portal (optional)</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>Acco&amp;unt:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Stored only as a salted hash (§2.6).</source>
        <translation>Stored only as a salted hash (§2.6).</translation>
    </message>
    <message>
        <source>Add Agent</source>
        <translation>Add Agent</translation>
    </message>
    <message>
        <source>No active or supervised level-1 agent</source>
        <translation>No active or supervised level-1 agent</translation>
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
        <translation>&quot;%1&quot; is not a level; use 1 or 2.</translation>
    </message>
</context>
<context>
    <name>cd::AgentListModel</name>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Parent agent</source>
        <translation>Parent agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>contact person, then phone</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>cd::AgentService</name>
    <message>
        <source>The agent is not valid.</source>
        <translation>The agent is not valid.</translation>
    </message>
    <message>
        <source>The agent&apos;s name is required.</source>
        <translation>The agent&apos;s name is required.</translation>
    </message>
    <message>
        <source>The agent&apos;s name is longer than 200 characters.</source>
        <translation>The agent&apos;s name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Chinese phone number.</source>
        <translation>&quot;%1&quot; is not a Chinese phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; is not an email address.</translation>
    </message>
    <message>
        <source>An agent with the code %1 already exists: %2.</source>
        <translation>An agent with the code %1 already exists: %2.</translation>
    </message>
    <message>
        <source>The level must be 1 or 2.</source>
        <translation>The level must be 1 or 2.</translation>
    </message>
    <message>
        <source>A level-1 agent signs with the provider and has no parent agent.</source>
        <translation>A level-1 agent signs with the provider and has no parent agent.</translation>
    </message>
    <message>
        <source>A level-2 agent needs its level-1 parent agent&apos;s code.</source>
        <translation>A level-2 agent needs its level-1 parent agent&apos;s code.</translation>
    </message>
    <message>
        <source>There is no agent with the code %1.</source>
        <translation>There is no agent with the code %1.</translation>
    </message>
    <message>
        <source>%1 is a level-2 agent; sub-agents of a sub-agent are not allowed.</source>
        <translation>%1 is a level-2 agent; sub-agents of a sub-agent are not allowed.</translation>
    </message>
    <message>
        <source>The parent agent %1 is %2; it must be active or supervised.</source>
        <translation>The parent agent %1 is %2; it must be active or supervised.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; use one of %2.</source>
        <translation>&quot;%1&quot; is not a tier; use one of %2.</translation>
    </message>
    <message>
        <source>The portal account name &quot;%1&quot; is taken.</source>
        <translation>The portal account name &quot;%1&quot; is taken.</translation>
    </message>
    <message>
        <source>A portal account needs a password of at least 8 characters.</source>
        <translation>A portal account needs a password of at least 8 characters.</translation>
    </message>
    <message>
        <source>An auditor may not change agents.</source>
        <translation>An auditor may not change agents.</translation>
    </message>
    <message>
        <source>The portal password could not be hashed.</source>
        <translation>The portal password could not be hashed.</translation>
    </message>
    <message>
        <source>%1 has no portal account.</source>
        <translation>%1 has no portal account.</translation>
    </message>
    <message>
        <source>There is no agent with the id %1.</source>
        <translation>There is no agent with the id %1.</translation>
    </message>
</context>
<context>
    <name>cd::AgentStatus</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
</context>
<context>
    <name>cd::AgentsPage</name>
    <message>
        <source>&amp;New Agent…</source>
        <translation>&amp;New Agent…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>The companies that resell the provider&apos;s numbers: level-1 agents and their level-2 sub-agents.</source>
        <translation>The companies that resell the provider&apos;s numbers: level-1 agents and their level-2 sub-agents.</translation>
    </message>
    <message>
        <source>Load agents from a CSV file: all rows or none</source>
        <translation>Load agents from a CSV file: all rows or none</translation>
    </message>
    <message>
        <source>Name, credit code, contact or region</source>
        <translation>Name, credit code, contact or region</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Both levels</source>
        <translation>Both levels</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>No agents match the search and filters.</source>
        <translation>No agents match the search and filters.</translation>
    </message>
    <message>
        <source>No agents yet. Add one with &quot;New Agent…&quot; or import a CSV file.</source>
        <translation>No agents yet. Add one with &quot;New Agent…&quot; or import a CSV file.</translation>
    </message>
    <message>
        <source>No agents yet.</source>
        <translation>No agents yet.</translation>
    </message>
    <message>
        <source>%1 added as a prospect. It becomes active with its first contract.</source>
        <translation>%1 added as a prospect. It becomes active with its first contract.</translation>
    </message>
    <message>
        <source>Import Agents</source>
        <translation>Import Agents</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these rows and import the file again:</source>
        <translation>Nothing was imported from %1. Correct these rows and import the file again:</translation>
    </message>
</context>
<context>
    <name>cd::AgentsReport</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Parent agent&apos;s code</source>
        <translation>Parent agent&apos;s code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>Portal account</translation>
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
        <translation>The database %1 cannot be opened.

%2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read.

%2</source>
        <translation>The database %1 cannot be read.

%2</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>The database was restored from %1.</source>
        <translation>The database was restored from %1.</translation>
    </message>
    <message>
        <source>The data it replaced is kept beside it as %1.</source>
        <translation>The data it replaced is kept beside it as %1.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Sign in again.</translation>
    </message>
    <message>
        <source>Nothing was restored; the database is as it was. %1</source>
        <translation>Nothing was restored; the database is as it was. %1</translation>
    </message>
</context>
<context>
    <name>cd::Areas</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Plans &amp; prices</source>
        <translation>Plans &amp; prices</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The state of this database at a glance.</source>
        <translation>The state of this database at a glance.</translation>
    </message>
    <message>
        <source>Level-1 and level-2 agents with their credit codes, status, price tier and contacts.</source>
        <translation>Level-1 and level-2 agents with their credit codes, status, price tier and contacts.</translation>
    </message>
    <message>
        <source>Annual cooperation contracts with their quarterly tasks, renewals and terminations.</source>
        <translation>Annual cooperation contracts with their quarterly tasks, renewals and terminations.</translation>
    </message>
    <message>
        <source>Yearly plans and the agent price of every plan for each tier and level, with their history.</source>
        <translation>Yearly plans and the agent price of every plan for each tier and level, with their history.</translation>
    </message>
    <message>
        <source>Enterprises using 400 numbers, the agent that developed each one and who serves it.</source>
        <translation>Enterprises using 400 numbers, the agent that developed each one and who serves it.</translation>
    </message>
    <message>
        <source>Qualification reviews before activation, follow-up reviews and spot checks.</source>
        <translation>Qualification reviews before activation, follow-up reviews and spot checks.</translation>
    </message>
    <message>
        <source>The number pool with reservations, activations, suspensions and reclaims.</source>
        <translation>The number pool with reservations, activations, suspensions and reclaims.</translation>
    </message>
    <message>
        <source>First-year and renewal payments and the paid-through date of every number.</source>
        <translation>First-year and renewal payments and the paid-through date of every number.</translation>
    </message>
    <message>
        <source>Agent violations, their classification and the penalties imposed.</source>
        <translation>Agent violations, their classification and the penalties imposed.</translation>
    </message>
    <message>
        <source>Platform outages and maintenance windows and how agents were told of them.</source>
        <translation>Platform outages and maintenance windows and how agents were told of them.</translation>
    </message>
    <message>
        <source>Training sessions, the agents that attended and the agents still overdue.</source>
        <translation>Training sessions, the agents that attended and the agents still overdue.</translation>
    </message>
    <message>
        <source>Renewal, suspension, reclaim and maintenance notices owed to agents and customers.</source>
        <translation>Renewal, suspension, reclaim and maintenance notices owed to agents and customers.</translation>
    </message>
    <message>
        <source>Exports of agents, numbers, renewals, performance and more as CSV files.</source>
        <translation>Exports of agents, numbers, renewals, performance and more as CSV files.</translation>
    </message>
    <message>
        <source>Every change made in this database: who, when, old and new values, and the clause it rests on.</source>
        <translation>Every change made in this database: who, when, old and new values, and the clause it rests on.</translation>
    </message>
    <message>
        <source>The business parameters that tune the rules: grace periods, reminders, margins and limits.</source>
        <translation>The business parameters that tune the rules: grace periods, reminders, margins and limits.</translation>
    </message>
    <message>
        <source>The accounts that may sign in to this database and their roles.</source>
        <translation>The accounts that may sign in to this database and their roles.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Customers &amp; numbers</source>
        <translation>Customers &amp; numbers</translation>
    </message>
    <message>
        <source>Service &amp; compliance</source>
        <translation>Service &amp; compliance</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>cd::AttendanceDialog</name>
    <message>
        <source>Record Attendance</source>
        <translation>Record Attendance</translation>
    </message>
    <message>
        <source>  (training due)</source>
        <translation>  (training due)</translation>
    </message>
    <message>
        <source>Find an agent by name or code</source>
        <translation>Find an agent by name or code</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) to record</source>
        <translation>
            <numerusform>%n agent to record</numerusform>
            <numerusform>%n agents to record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::AuditCommand</name>
    <message>
        <source>Show the newest audit log entries, tab-separated.</source>
        <translation>Show the newest audit log entries, tab-separated.</translation>
    </message>
    <message>
        <source>Columns: id, at, user, action, entity, entity_id, old_value, new_value, clause. Newest first.</source>
        <translation>Columns: id, at, user, action, entity, entity_id, old_value, new_value, clause. Newest first.</translation>
    </message>
    <message>
        <source>Show at most N entries (default %1).</source>
        <translation>Show at most N entries (default %1).</translation>
    </message>
    <message>
        <source>Only the entries made by this user.</source>
        <translation>Only the entries made by this user.</translation>
    </message>
    <message>
        <source>Only the entries whose action, record or values contain TEXT.</source>
        <translation>Only the entries whose action, record or values contain TEXT.</translation>
    </message>
    <message>
        <source>Only the entries on or after this UTC date.</source>
        <translation>Only the entries on or after this UTC date.</translation>
    </message>
    <message>
        <source>Only the entries on or before this UTC date.</source>
        <translation>Only the entries on or before this UTC date.</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--limit needs a whole number from 1 to %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
</context>
<context>
    <name>cd::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every change made in this database: who, when, old and new values, and the clause it rests on.</source>
        <translation>Every change made in this database: who, when, old and new values, and the clause it rests on.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load the newest entries (%1)</source>
        <translation>Load the newest entries (%1)</translation>
    </message>
    <message>
        <source>Search action, record, values or clause</source>
        <translation>Search action, record, values or clause</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Entries on or after this day (UTC)</source>
        <translation>Entries on or after this day (UTC)</translation>
    </message>
    <message>
        <source>Entries on or before this day (UTC)</source>
        <translation>Entries on or before this day (UTC)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Select an entry to see it in full.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries match the filters</source>
        <translation>
            <numerusform>%1 of %Ln entry matches the filters</numerusform>
            <numerusform>%1 of %Ln entries match the filters</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
</context>
<context>
    <name>cd::AuditReport</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
</context>
<context>
    <name>cd::Backup</name>
    <message>
        <source>The backup file %1 already exists; choose a new name (a backup never overwrites a file).</source>
        <translation>The backup file %1 already exists; choose a new name (a backup never overwrites a file).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>The backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>The backup to %1 could not be checked.</source>
        <translation>The backup to %1 could not be checked.</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>Cannot write the backup file %1.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1.</source>
        <translation>Cannot read the backup file %1.</translation>
    </message>
    <message>
        <source>The file %1 is not a SQLite database, so not a ChannelDesk backup.</source>
        <translation>The file %1 is not a SQLite database, so not a ChannelDesk backup.</translation>
    </message>
    <message>
        <source>Cannot open the backup file %1: %2</source>
        <translation>Cannot open the backup file %1: %2</translation>
    </message>
    <message>
        <source>The backup file %1 is damaged: %2</source>
        <translation>The backup file %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Cannot read the schema version of %1.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Install the newer version to restore it.</source>
        <translation>The backup %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Install the newer version to restore it.</translation>
    </message>
    <message>
        <source>The file %1 is not a ChannelDesk database (no users and audit log).</source>
        <translation>The file %1 is not a ChannelDesk database (no users and audit log).</translation>
    </message>
    <message>
        <source>The backup file is the live database itself.</source>
        <translation>The backup file is the live database itself.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the database.</source>
        <translation>Cannot copy %1 beside the database.</translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside; nothing was restored.</source>
        <translation>Cannot move the current database %1 aside; nothing was restored.</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>The previous database is kept as %1.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1.</source>
        <translation>Cannot put the backup in place of %1.</translation>
    </message>
    <message>
        <source>%1 may not take a backup: a backup holds personal data unmasked, so only an administrator may make one.</source>
        <translation>%1 may not take a backup: a backup holds personal data unmasked, so only an administrator may make one.</translation>
    </message>
    <message>
        <source>%1 may not restore a backup: replacing the database is for an administrator.</source>
        <translation>%1 may not restore a backup: replacing the database is for an administrator.</translation>
    </message>
</context>
<context>
    <name>cd::BackupCommands</name>
    <message>
        <source>Only an admin may %1.</source>
        <translation>Only an admin may %1.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to a new file (admin).</source>
        <translation>Write a consistent copy of the database to a new file (admin).</translation>
    </message>
    <message>
        <source>The copy is taken while others keep working and is written under a temporary name, then renamed; an existing file is never overwritten. Admin only: a backup holds personal data unmasked (§2.6).</source>
        <translation>The copy is taken while others keep working and is written under a temporary name, then renamed; an existing file is never overwritten. Admin only: a backup holds personal data unmasked (§2.6).</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>The backup file to create.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup needs --out FILE.</translation>
    </message>
    <message>
        <source>Replace the database by a verified backup (admin).</source>
        <translation>Replace the database by a verified backup (admin).</translation>
    </message>
    <message>
        <source>The backup is checked first (readable, intact, a ChannelDesk database, not from a newer version); the current database is kept as NAME.before-restore-YYYYMMDD-HHMMSS and put back if anything fails. Sign in against the current database. Exit 3: the file cannot be restored and nothing changed.</source>
        <translation>The backup is checked first (readable, intact, a ChannelDesk database, not from a newer version); the current database is kept as NAME.before-restore-YYYYMMDD-HHMMSS and put back if anything fails. Sign in against the current database. Exit 3: the file cannot be restored and nothing changed.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>take a backup</source>
        <translation>take a backup</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The previous database is kept as %1.</source>
        <translation>The previous database is kept as %1.</translation>
    </message>
    <message>
        <source>Schema upgraded from version %1 to %2.</source>
        <translation>Schema upgraded from version %1 to %2.</translation>
    </message>
</context>
<context>
    <name>cd::BackupRotation</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Cannot delete the old automatic backup %1.</source>
        <translation>Cannot delete the old automatic backup %1.</translation>
    </message>
    <message>
        <source>Cannot delete %1, left by an interrupted backup.</source>
        <translation>Cannot delete %1, left by an interrupted backup.</translation>
    </message>
</context>
<context>
    <name>cd::BackupsPanel</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Copies of the database on this computer: one automatic copy a day and the copies made here by hand. A restore replaces the current data by a copy.</source>
        <translation>Copies of the database on this computer: one automatic copy a day and the copies made here by hand. A restore replaces the current data by a copy.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database into the backup folder now; others can keep working meanwhile.</source>
        <translation>Write a consistent copy of the database into the backup folder now; others can keep working meanwhile.</translation>
    </message>
    <message>
        <source>Replace the current data by the selected backup, or by a backup file you choose when none is selected.</source>
        <translation>Replace the current data by the selected backup, or by a backup file you choose when none is selected.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>&amp;Back up this database automatically once a day</source>
        <translation>&amp;Back up this database automatically once a day</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source>newest automatic backups</source>
        <translation>newest automatic backups</translation>
    </message>
    <message>
        <source>The copy is made shortly after the main window opens, whoever signs in, and at most once a day. Older automatic backups are deleted at the next daily backup; copies made by hand and any other file in the folder are never deleted. These settings belong to this computer. An empty folder means the backups folder beside the database.</source>
        <translation>The copy is made shortly after the main window opens, whoever signs in, and at most once a day. Older automatic backups are deleted at the next daily backup; copies made by hand and any other file in the folder are never deleted. These settings belong to this computer. An empty folder means the backups folder beside the database.</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Backups of %1</translation>
    </message>
    <message>
        <source>Only an administrator may back up by hand or restore: a backup holds personal data unmasked (§2.6).</source>
        <translation>Only an administrator may back up by hand or restore: a backup holds personal data unmasked (§2.6).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Backup Folder</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Only an administrator may restore a backup.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>ChannelDesk backups (*.sqlite);;All files (*)</source>
        <translation>ChannelDesk backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the current data by the backup %1 (saved %2)?

Everything entered since that backup is lost from the working database. The current database is kept aside as a file beside it. ChannelDesk closes this window and everyone signs in again.</source>
        <translation>Replace the current data by the backup %1 (saved %2)?

Everything entered since that backup is lost from the working database. The current database is kept aside as a file beside it. ChannelDesk closes this window and everyone signs in again.</translation>
    </message>
    <message>
        <source>Replace Current Data</source>
        <translation>Replace Current Data</translation>
    </message>
    <message>
        <source>Restoring needs the database closed, which this window cannot do; use channeldesk-cli restore instead.</source>
        <translation>Restoring needs the database closed, which this window cannot do; use channeldesk-cli restore instead.</translation>
    </message>
</context>
<context>
    <name>cd::Carrier</name>
    <message>
        <source>China Telecom</source>
        <translation>China Telecom</translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation>China Unicom</translation>
    </message>
    <message>
        <source>China Mobile</source>
        <translation>China Mobile</translation>
    </message>
</context>
<context>
    <name>cd::ChartKeyboard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cd::CheckOutcome</name>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Issue found</source>
        <translation>Issue found</translation>
    </message>
    <message>
        <source>Fraud found</source>
        <translation>Fraud found</translation>
    </message>
</context>
<context>
    <name>cd::ChecklistModel</name>
    <message>
        <source>✓ On file</source>
        <translation>✓ On file</translation>
    </message>
    <message>
        <source>✗ Missing</source>
        <translation>✗ Missing</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Required document</source>
        <translation>Required document</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>cd::Classification</name>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Negligent (deceived)</source>
        <translation>Negligent (deceived)</translation>
    </message>
    <message>
        <source>Intentional</source>
        <translation>Intentional</translation>
    </message>
</context>
<context>
    <name>cd::ClassifyDialog</name>
    <message>
        <source>&amp;Negligent: the agent was deceived</source>
        <translation>&amp;Negligent: the agent was deceived</translation>
    </message>
    <message>
        <source>&amp;Intentional: the agent knew or took part</source>
        <translation>&amp;Intentional: the agent knew or took part</translation>
    </message>
    <message>
        <source>Classify Violation</source>
        <translation>Classify Violation</translation>
    </message>
    <message>
        <source>Classify Case #%1</source>
        <translation>Classify Case #%1</translation>
    </message>
    <message>
        <source>%1 · found %2 · %3
%4</source>
        <translation>%1 · found %2 · %3
%4</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classify</translation>
    </message>
    <message>
        <source>Choose what the investigation found. The classification is final (§3.9).</source>
        <translation>Choose what the investigation found. The classification is final (§3.9).</translation>
    </message>
    <message>
        <source>%1 becomes supervised and cooperation goes on (§3.9): its contract stays, its customers get a follow-up review every 90 days and weigh three times in spot checks.</source>
        <translation>%1 becomes supervised and cooperation goes on (§3.9): its contract stays, its customers get a follow-up review every 90 days and weigh three times in spot checks.</translation>
    </message>
    <message>
        <source>%1 becomes terminated under §3.9 on %2. It may still renew and serve its customers but may not open new numbers (§9.6).</source>
        <translation>%1 becomes terminated under §3.9 on %2. It may still renew and serve its customers but may not open new numbers (§9.6).</translation>
    </message>
    <message>
        <source>Contract %1 is terminated under §3.9 on %2 and %3 becomes terminated. It may still renew and serve its customers but may not open new numbers (§9.6).</source>
        <translation>Contract %1 is terminated under §3.9 on %2 and %3 becomes terminated. It may still renew and serve its customers but may not open new numbers (§9.6).</translation>
    </message>
    <message>
        <source>Case #%1 classified as negligent; %2 is now supervised (§3.9).</source>
        <translation>Case #%1 classified as negligent; %2 is now supervised (§3.9).</translation>
    </message>
    <message>
        <source>Case #%1 classified as intentional; %2 is terminated (§3.9).</source>
        <translation>Case #%1 classified as intentional; %2 is terminated (§3.9).</translation>
    </message>
</context>
<context>
    <name>cd::CliApplication</name>
    <message>
        <source>Exit codes: 0 success, 1 refused by a rule or not found, 2 usage error, 3 bad input file (nothing written), 4 database error.</source>
        <translation>Exit codes: 0 success, 1 refused by a rule or not found, 2 usage error, 3 bad input file (nothing written), 4 database error.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Usage: %1 [--db PATH] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>ChannelDesk from a terminal or a script: the data jobs of the application.</source>
        <translation>ChannelDesk from a terminal or a script: the data jobs of the application.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Needed by every command that reads or changes the data.</source>
        <translation>Needed by every command that reads or changes the data.</translation>
    </message>
    <message>
        <source>Show this help; after a command, the help of that command.</source>
        <translation>Show this help; after a command, the help of that command.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>&quot;%1 COMMAND --help&quot; shows the usage of one command.</source>
        <translation>&quot;%1 COMMAND --help&quot; shows the usage of one command.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUBCOMMAND …</source>
        <translation>Usage: %1 %2 SUBCOMMAND …</translation>
    </message>
    <message>
        <source>%1 See &quot;%2&quot;.</source>
        <translation>%1 See &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unknown option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Missing value after &quot;%1&quot;.</source>
        <translation>Missing value after &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is empty.</source>
        <translation>The value of &quot;%1&quot; is empty.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; needs a subcommand: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Missing %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The value of &quot;--%1&quot; is empty.</source>
        <translation>The value of &quot;--%1&quot; is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --user NAME and that user&apos;s password (CHANNELDESK_PASSWORD or asked).</source>
        <translation>&quot;%1&quot; needs --user NAME and that user&apos;s password (CHANNELDESK_PASSWORD or asked).</translation>
    </message>
</context>
<context>
    <name>cd::CliCommand</name>
    <message>
        <source>The database file (else CHANNELDESK_DB, else the default database).</source>
        <translation>The database file (else CHANNELDESK_DB, else the default database).</translation>
    </message>
    <message>
        <source>Run as this user; the password comes from CHANNELDESK_PASSWORD or is asked.</source>
        <translation>Run as this user; the password comes from CHANNELDESK_PASSWORD or is asked.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
</context>
<context>
    <name>cd::CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>There is no database at %1; create it with &quot;%2 init&quot;.</source>
        <translation>There is no database at %1; create it with &quot;%2 init&quot;.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password given: set %1 or type it when asked.</source>
        <translation>No password given: set %1 or type it when asked.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>cd::CloseIncidentDialog</name>
    <message>
        <source>Close Incident</source>
        <translation>Close Incident</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, started %4</source>
        <translation>%1 · %2 · %3, started %4</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>&amp;Ended at:</translation>
    </message>
    <message>
        <source>Provider-liable: the platform failed for more than 48 hours (§2.8)</source>
        <translation>Provider-liable: the platform failed for more than 48 hours (§2.8)</translation>
    </message>
</context>
<context>
    <name>cd::ComplianceCommands</name>
    <message>
        <source>Missing --%1.</source>
        <translation>Missing --%1.</translation>
    </message>
    <message>
        <source>Missing --%1 YYYY-MM-DD.</source>
        <translation>Missing --%1 YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a record number, not &quot;%2&quot;.</source>
        <translation>%1 must be a record number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record a platform training session (§2.7); prints its number.</source>
        <translation>Record a platform training session (§2.7); prints its number.</translation>
    </message>
    <message>
        <source>The day the session was held.</source>
        <translation>The day the session was held.</translation>
    </message>
    <message>
        <source>What it covered.</source>
        <translation>What it covered.</translation>
    </message>
    <message>
        <source>Who gave it.</source>
        <translation>Who gave it.</translation>
    </message>
    <message>
        <source>Record the agents that attended a training session (§2.7).</source>
        <translation>Record the agents that attended a training session (§2.7).</translation>
    </message>
    <message>
        <source>The session&apos;s number.</source>
        <translation>The session&apos;s number.</translation>
    </message>
    <message>
        <source>The code of an agent that attended; one or more.</source>
        <translation>The code of an agent that attended; one or more.</translation>
    </message>
    <message>
        <source>List signed agents not trained within the due days of their first contract (§2.7).</source>
        <translation>List signed agents not trained within the due days of their first contract (§2.7).</translation>
    </message>
    <message>
        <source>Tab-separated columns: agent_uscc, agent_name, first_contract_start, due_by.</source>
        <translation>Tab-separated columns: agent_uscc, agent_name, first_contract_start, due_by.</translation>
    </message>
    <message>
        <source>As of this day (default today).</source>
        <translation>As of this day (default today).</translation>
    </message>
    <message>
        <source>Recorded %1 agents at training session %2.</source>
        <translation>Recorded %1 agents at training session %2.</translation>
    </message>
    <message>
        <source>The violation&apos;s number.</source>
        <translation>The violation&apos;s number.</translation>
    </message>
    <message>
        <source>Open a violation case against an agent; prints its number.</source>
        <translation>Open a violation case against an agent; prints its number.</translation>
    </message>
    <message>
        <source>The agent&apos;s code.</source>
        <translation>The agent&apos;s code.</translation>
    </message>
    <message>
        <source>§3.2 (unlawful or improper operation) or §3.9 (fraudulent customers).</source>
        <translation>§3.2 (unlawful or improper operation) or §3.9 (fraudulent customers).</translation>
    </message>
    <message>
        <source>The day it was found.</source>
        <translation>The day it was found.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>What happened.</translation>
    </message>
    <message>
        <source>Store an evidence file with a violation case.</source>
        <translation>Store an evidence file with a violation case.</translation>
    </message>
    <message>
        <source>The evidence file.</source>
        <translation>The evidence file.</translation>
    </message>
    <message>
        <source>Classify a case (§3.9): negligent puts the agent under supervision, intentional terminates its contract.</source>
        <translation>Classify a case (§3.9): negligent puts the agent under supervision, intentional terminates its contract.</translation>
    </message>
    <message>
        <source>negligent or intentional.</source>
        <translation>negligent or intentional.</translation>
    </message>
    <message>
        <source>The day of the decision.</source>
        <translation>The day of the decision.</translation>
    </message>
    <message>
        <source>Unknown classification &quot;%1&quot;: use negligent or intentional.</source>
        <translation>Unknown classification &quot;%1&quot;: use negligent or intentional.</translation>
    </message>
    <message>
        <source>Impose a §3.2 penalty on the agent of a case.</source>
        <translation>Impose a §3.2 penalty on the agent of a case.</translation>
    </message>
    <message>
        <source>A fine needs --fine-fen; a stop on new activations needs --from and --until; a downgrade lowers the tier by one; termination ends the contract.</source>
        <translation>A fine needs --fine-fen; a stop on new activations needs --from and --until; a downgrade lowers the tier by one; termination ends the contract.</translation>
    </message>
    <message>
        <source>The penalty: %1.</source>
        <translation>The penalty: %1.</translation>
    </message>
    <message>
        <source>The fine in fen (1 yuan = 100 fen).</source>
        <translation>The fine in fen (1 yuan = 100 fen).</translation>
    </message>
    <message>
        <source>The first day of a stop.</source>
        <translation>The first day of a stop.</translation>
    </message>
    <message>
        <source>The last day of a stop.</source>
        <translation>The last day of a stop.</translation>
    </message>
    <message>
        <source>A note kept with the penalty.</source>
        <translation>A note kept with the penalty.</translation>
    </message>
    <message>
        <source>Missing --kind (%1).</source>
        <translation>Missing --kind (%1).</translation>
    </message>
    <message>
        <source>Unknown penalty &quot;%1&quot;: use %2.</source>
        <translation>Unknown penalty &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>--fine-fen needs a whole number of fen, not &quot;%1&quot;.</source>
        <translation>--fine-fen needs a whole number of fen, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: cannot open the file: %2</translation>
    </message>
    <message>
        <source>Attached %1 (%2 bytes, SHA-256 %3) to violation %4.</source>
        <translation>Attached %1 (%2 bytes, SHA-256 %3) to violation %4.</translation>
    </message>
    <message>
        <source>Violation %1 is classified as %2 (§3.9).</source>
        <translation>Violation %1 is classified as %2 (§3.9).</translation>
    </message>
    <message>
        <source>Penalty %1 on violation %2: %3 (§3.2).</source>
        <translation>Penalty %1 on violation %2: %3 (§3.2).</translation>
    </message>
    <message>
        <source>Record a reminder to a terminated agent that stopped serving (§9.6); prints its number.</source>
        <translation>Record a reminder to a terminated agent that stopped serving (§9.6); prints its number.</translation>
    </message>
    <message>
        <source>The day the reminder was sent.</source>
        <translation>The day the reminder was sent.</translation>
    </message>
    <message>
        <source>What was sent and how.</source>
        <translation>What was sent and how.</translation>
    </message>
    <message>
        <source>The provider takes over an agent&apos;s customers (§2.3, §9.6).</source>
        <translation>The provider takes over an agent&apos;s customers (§2.3, §9.6).</translation>
    </message>
    <message>
        <source>Grounds: cannot_serve (§2.3, at once), after_reminder (§9.6, a terminated agent after a reminder and the wait), breach_of_law (§9.6, a terminated agent, at once). Without --customer, every customer the agent still serves.</source>
        <translation>Grounds: cannot_serve (§2.3, at once), after_reminder (§9.6, a terminated agent after a reminder and the wait), breach_of_law (§9.6, a terminated agent, at once). Without --customer, every customer the agent still serves.</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Why: %1.</translation>
    </message>
    <message>
        <source>The reason on record.</source>
        <translation>The reason on record.</translation>
    </message>
    <message>
        <source>The day of the takeover.</source>
        <translation>The day of the takeover.</translation>
    </message>
    <message>
        <source>Only this customer; may be repeated.</source>
        <translation>Only this customer; may be repeated.</translation>
    </message>
    <message>
        <source>Unknown grounds &quot;%1&quot;: use %2.</source>
        <translation>Unknown grounds &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>The provider took over %1 customers on %2 (%3).</source>
        <translation>The provider took over %1 customers on %2 (%3).</translation>
    </message>
</context>
<context>
    <name>cd::ContractCommands</name>
    <message>
        <source>Missing --year.</source>
        <translation>Missing --year.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2026, not &quot;%1&quot;.</source>
        <translation>--year needs a year such as 2026, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Missing --%1 YYYY-MM-DD.</source>
        <translation>Missing --%1 YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Sign an annual contract; prints its number (§9.2).</source>
        <translation>Sign an annual contract; prints its number (§9.2).</translation>
    </message>
    <message>
        <source>The contract is active from its start: by default the signing day for an agent&apos;s first contract, else 1 January. An agent has at most one active contract.</source>
        <translation>The contract is active from its start: by default the signing day for an agent&apos;s first contract, else 1 January. An agent has at most one active contract.</translation>
    </message>
    <message>
        <source>The agent&apos;s code.</source>
        <translation>The agent&apos;s code.</translation>
    </message>
    <message>
        <source>The calendar year of the contract.</source>
        <translation>The calendar year of the contract.</translation>
    </message>
    <message>
        <source>The quarterly tasks: new activations in Q1 to Q4.</source>
        <translation>The quarterly tasks: new activations in Q1 to Q4.</translation>
    </message>
    <message>
        <source>The start date, within the year.</source>
        <translation>The start date, within the year.</translation>
    </message>
    <message>
        <source>Missing --agent USCC.</source>
        <translation>Missing --agent USCC.</translation>
    </message>
    <message>
        <source>Missing --tasks N1,N2,N3,N4.</source>
        <translation>Missing --tasks N1,N2,N3,N4.</translation>
    </message>
    <message>
        <source>--tasks needs four whole numbers separated by commas, not &quot;%1&quot;.</source>
        <translation>--tasks needs four whole numbers separated by commas, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>End a contract early (§3.9, §3.2); the agent becomes terminated.</source>
        <translation>End a contract early (§3.9, §3.2); the agent becomes terminated.</translation>
    </message>
    <message>
        <source>Reasons: fraud (intentional fraudulent customers, §3.9), improper (unlawful or improper operation, §3.2), request (the agent&apos;s request), ceased (the agent ceased business). The agent keeps serving and renewing its customers (§9.6).</source>
        <translation>Reasons: fraud (intentional fraudulent customers, §3.9), improper (unlawful or improper operation, §3.2), request (the agent&apos;s request), ceased (the agent ceased business). The agent keeps serving and renewing its customers (§9.6).</translation>
    </message>
    <message>
        <source>The contract number, HT-YYYY-NNNN.</source>
        <translation>The contract number, HT-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Why: %1.</translation>
    </message>
    <message>
        <source>The day the contract ends.</source>
        <translation>The day the contract ends.</translation>
    </message>
    <message>
        <source>Missing --reason (%1).</source>
        <translation>Missing --reason (%1).</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;: use %2.</source>
        <translation>Unknown reason &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>List contracts, tab-separated.</source>
        <translation>List contracts, tab-separated.</translation>
    </message>
    <message>
        <source>Columns: number, agent_uscc, agent_name, year, start_date, end_date, tier, tasks, status, terminated_on, termination_reason, termination_clause.</source>
        <translation>Columns: number, agent_uscc, agent_name, year, start_date, end_date, tier, tasks, status, terminated_on, termination_reason, termination_clause.</translation>
    </message>
    <message>
        <source>Only this agent&apos;s contracts.</source>
        <translation>Only this agent&apos;s contracts.</translation>
    </message>
    <message>
        <source>Only contracts with this status: %1.</source>
        <translation>Only contracts with this status: %1.</translation>
    </message>
    <message>
        <source>Only contracts of this year.</source>
        <translation>Only contracts of this year.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation>Unknown status &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>Prepare next year&apos;s drafts for every active agent (§9.2).</source>
        <translation>Prepare next year&apos;s drafts for every active agent (§9.2).</translation>
    </message>
    <message>
        <source>The year of the drafts.</source>
        <translation>The year of the drafts.</translation>
    </message>
    <message>
        <source>Terminated %1 on %2: %3 (%4).</source>
        <translation>Terminated %1 on %2: %3 (%4).</translation>
    </message>
    <message>
        <source>Prepared %1 contract drafts for %2.</source>
        <translation>Prepared %1 contract drafts for %2.</translation>
    </message>
</context>
<context>
    <name>cd::ContractDialog</name>
    <message>
        <source>Fi&amp;xed start date:</source>
        <translation>Fi&amp;xed start date:</translation>
    </message>
    <message>
        <source>Sign Contract</source>
        <translation>Sign Contract</translation>
    </message>
    <message>
        <source>Task for Q%1</source>
        <translation>Task for Q%1</translation>
    </message>
    <message>
        <source>Q&amp;%1</source>
        <translation>Q&amp;%1</translation>
    </message>
    <message>
        <source>New activations the agent commits to in each quarter.</source>
        <translation>New activations the agent commits to in each quarter.</translation>
    </message>
    <message>
        <source>Contracts are annual and end on 31 December (§9.2). An agent has at most one active contract.</source>
        <translation>Contracts are annual and end on 31 December (§9.2). An agent has at most one active contract.</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Quarterly tasks:</source>
        <translation>&amp;Quarterly tasks:</translation>
    </message>
    <message>
        <source>From signing (%1): the agent&apos;s first contract runs from the day it is signed to 31 December (§9.2).</source>
        <translation>From signing (%1): the agent&apos;s first contract runs from the day it is signed to 31 December (§9.2).</translation>
    </message>
    <message>
        <source>From 1 January %1 to 31 December %1 (§9.2).</source>
        <translation>From 1 January %1 to 31 December %1 (§9.2).</translation>
    </message>
    <message>
        <source>To 31 December %1.</source>
        <translation>To 31 December %1.</translation>
    </message>
    <message>
        <source>Choose the agent that signs.</source>
        <translation>Choose the agent that signs.</translation>
    </message>
    <message>
        <source>A %1 contract must start within %1; %2 does not (§9.2).</source>
        <translation>A %1 contract must start within %1; %2 does not (§9.2).</translation>
    </message>
    <message>
        <source>%1 already has the active contract %2 for %3 (§9.2).</source>
        <translation>%1 already has the active contract %2 for %3 (§9.2).</translation>
    </message>
    <message>
        <source>%1 still has the active contract %2 until %3; an agent has at most one active contract (§9.2).</source>
        <translation>%1 still has the active contract %2 until %3; an agent has at most one active contract (§9.2).</translation>
    </message>
    <message>
        <source>Signing completes the prepared draft %1.</source>
        <translation>Signing completes the prepared draft %1.</translation>
    </message>
    <message>
        <source>%1 runs until %2; this contract waits as a draft and takes effect on %3.</source>
        <translation>%1 runs until %2; this contract waits as a draft and takes effect on %3.</translation>
    </message>
    <message>
        <source>The contract takes effect on %1.</source>
        <translation>The contract takes effect on %1.</translation>
    </message>
    <message>
        <source>The contract is active at once and %1 becomes an active agent.</source>
        <translation>The contract is active at once and %1 becomes an active agent.</translation>
    </message>
    <message>
        <source>The contract is active at once.</source>
        <translation>The contract is active at once.</translation>
    </message>
</context>
<context>
    <name>cd::ContractListModel</name>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>New activations committed for Q1, Q2, Q3 and Q4</source>
        <translation>New activations committed for Q1, Q2, Q3 and Q4</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Quarterly tasks</source>
        <translation>Quarterly tasks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Termination</translation>
    </message>
</context>
<context>
    <name>cd::ContractService</name>
    <message>
        <source>All contract numbers of %1 are used.</source>
        <translation>All contract numbers of %1 are used.</translation>
    </message>
    <message>
        <source>An auditor may not change contracts.</source>
        <translation>An auditor may not change contracts.</translation>
    </message>
    <message>
        <source>%1 is not a plausible contract year.</source>
        <translation>%1 is not a plausible contract year.</translation>
    </message>
    <message>
        <source>The task for Q%1 is negative.</source>
        <translation>The task for Q%1 is negative.</translation>
    </message>
    <message>
        <source>A %1 contract must start within %1; %2 does not.</source>
        <translation>A %1 contract must start within %1; %2 does not.</translation>
    </message>
    <message>
        <source>%1 is terminated; it may serve its existing customers but not sign a new contract.</source>
        <translation>%1 is terminated; it may serve its existing customers but not sign a new contract.</translation>
    </message>
    <message>
        <source>%1 already has the active contract %2 for %3.</source>
        <translation>%1 already has the active contract %2 for %3.</translation>
    </message>
    <message>
        <source>%1 still has the active contract %2; it must end before another becomes active.</source>
        <translation>%1 still has the active contract %2; it must end before another becomes active.</translation>
    </message>
    <message>
        <source>%1 already has the active contract %2; an agent has at most one.</source>
        <translation>%1 already has the active contract %2; an agent has at most one.</translation>
    </message>
    <message>
        <source>Contract %1 is %2; only an active or draft contract can be terminated.</source>
        <translation>Contract %1 is %2; only an active or draft contract can be terminated.</translation>
    </message>
    <message>
        <source>A termination needs its date.</source>
        <translation>A termination needs its date.</translation>
    </message>
    <message>
        <source>The termination date %1 is outside the contract&apos;s term %2 to %3.</source>
        <translation>The termination date %1 is outside the contract&apos;s term %2 to %3.</translation>
    </message>
    <message>
        <source>An auditor may not run the daily sweep.</source>
        <translation>An auditor may not run the daily sweep.</translation>
    </message>
    <message>
        <source>There is no contract %1.</source>
        <translation>There is no contract %1.</translation>
    </message>
    <message>
        <source>No active contract on %1.</source>
        <translation>No active contract on %1.</translation>
    </message>
</context>
<context>
    <name>cd::ContractStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
</context>
<context>
    <name>cd::ContractsPage</name>
    <message>
        <source>&amp;Sign Contract…</source>
        <translation>&amp;Sign Contract…</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>&amp;Terminate…</translation>
    </message>
    <message>
        <source>Prepare &amp;Next Year&apos;s Drafts…</source>
        <translation>Prepare &amp;Next Year&apos;s Drafts…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Annual agent contracts (§9.2): at most one active per agent, each ending on 31 December.</source>
        <translation>Annual agent contracts (§9.2): at most one active per agent, each ending on 31 December.</translation>
    </message>
    <message>
        <source>Prepare %1 drafts for every active agent that has none (§9.2)</source>
        <translation>Prepare %1 drafts for every active agent that has none (§9.2)</translation>
    </message>
    <message>
        <source>Agent name, credit code or contract number</source>
        <translation>Agent name, credit code or contract number</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>No contracts match. Sign one with &quot;Sign Contract…&quot;.</source>
        <translation>No contracts match. Sign one with &quot;Sign Contract…&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 signed with %2; it is active until %3.</source>
        <translation>Contract %1 signed with %2; it is active until %3.</translation>
    </message>
    <message>
        <source>Contract %1 signed with %2; it takes effect on %3.</source>
        <translation>Contract %1 signed with %2; it takes effect on %3.</translation>
    </message>
    <message>
        <source>Contract %1 terminated under %2; %3 may still renew and serve its customers (§9.6).</source>
        <translation>Contract %1 terminated under %2; %3 may still renew and serve its customers (§9.6).</translation>
    </message>
    <message>
        <source>Prepare Drafts</source>
        <translation>Prepare Drafts</translation>
    </message>
    <message>
        <source>Prepare a %1 contract draft for every active agent that has none yet (§9.2)? Each draft keeps the agent&apos;s tier and last tasks and is signed later from this page.</source>
        <translation>Prepare a %1 contract draft for every active agent that has none yet (§9.2)? Each draft keeps the agent&apos;s tier and last tasks and is signed later from this page.</translation>
    </message>
    <message>
        <source>Every active agent already has a %1 contract or draft.</source>
        <translation>Every active agent already has a %1 contract or draft.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) for %1 prepared (§9.2).</source>
        <translation>
            <numerusform>%n draft for %1 prepared (§9.2).</numerusform>
            <numerusform>%n drafts for %1 prepared (§9.2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Select a contract to print.</source>
        <translation>Select a contract to print.</translation>
    </message>
    <message>
        <source>Preview, print or save the selected contract as PDF</source>
        <translation>Preview, print or save the selected contract as PDF</translation>
    </message>
</context>
<context>
    <name>cd::ContractsReport</name>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>Agent&apos;s code</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Tier at signing</source>
        <translation>Tier at signing</translation>
    </message>
    <message>
        <source>Task Q1</source>
        <translation>Task Q1</translation>
    </message>
    <message>
        <source>Task Q2</source>
        <translation>Task Q2</translation>
    </message>
    <message>
        <source>Task Q3</source>
        <translation>Task Q3</translation>
    </message>
    <message>
        <source>Task Q4</source>
        <translation>Task Q4</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Terminated on</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>Termination reason</translation>
    </message>
    <message>
        <source>Termination clause</source>
        <translation>Termination clause</translation>
    </message>
</context>
<context>
    <name>cd::CsvImport</name>
    <message>
        <source>Import Agents</source>
        <translation>Import Agents</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Import Customers</translation>
    </message>
    <message>
        <source>Import Numbers</source>
        <translation>Import Numbers</translation>
    </message>
    <message>
        <source>Import Payments</source>
        <translation>Import Payments</translation>
    </message>
    <message>
        <source>Import Plans</source>
        <translation>Import Plans</translation>
    </message>
    <message>
        <source>Import Prices</source>
        <translation>Import Prices</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>&amp;Agents…</source>
        <translation>&amp;Agents…</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>&amp;Customers…</translation>
    </message>
    <message>
        <source>&amp;Numbers…</source>
        <translation>&amp;Numbers…</translation>
    </message>
    <message>
        <source>Pa&amp;yments…</source>
        <translation>Pa&amp;yments…</translation>
    </message>
    <message>
        <source>P&amp;lans…</source>
        <translation>P&amp;lans…</translation>
    </message>
    <message>
        <source>P&amp;rices…</source>
        <translation>P&amp;rices…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) imported from %1.</source>
        <translation>
            <numerusform>%n agent imported from %1.</numerusform>
            <numerusform>%n agents imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) imported from %1; their qualification reviews are open (§3.9).</source>
        <translation>
            <numerusform>%n customer imported from %1; their qualification reviews are open (§3.9).</numerusform>
            <numerusform>%n customers imported from %1; their qualification reviews are open (§3.9).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) imported from %1.</source>
        <translation>
            <numerusform>%n number imported from %1.</numerusform>
            <numerusform>%n numbers imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported from %1.</source>
        <translation>
            <numerusform>%n payment imported from %1.</numerusform>
            <numerusform>%n payments imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) imported from %1.</source>
        <translation>
            <numerusform>%n plan imported from %1.</numerusform>
            <numerusform>%n plans imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) imported from %1.</source>
        <translation>
            <numerusform>%n price imported from %1.</numerusform>
            <numerusform>%n prices imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported from %1.</source>
        <translation>
            <numerusform>%n row imported from %1.</numerusform>
            <numerusform>%n rows imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This build cannot import &quot;%1&quot;.</source>
        <translation>This build cannot import &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Importing %1: every row is checked, then all are written or none…</source>
        <translation>Importing %1: every row is checked, then all are written or none…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s).</source>
        <translation>
            <numerusform>… and %n more row.</numerusform>
            <numerusform>… and %n more rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Rows</source>
        <translation>Show &amp;Rows</translation>
    </message>
    <message>
        <source>Rows to Correct</source>
        <translation>Rows to Correct</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct these rows and import the file again; each line names the file, the line and the column.</source>
        <translation>Nothing was imported. Correct these rows and import the file again; each line names the file, the line and the column.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: cannot open the file: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>%1: the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and try again</translation>
    </message>
    <message>
        <source>%1: the file holds binary data, not CSV text</source>
        <translation>%1: the file holds binary data, not CSV text</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8, and this build cannot read GB18030; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>%1: the file is not UTF-8, and this build cannot read GB18030; save it as &quot;CSV UTF-8&quot; and try again</translation>
    </message>
    <message>
        <source>%1: column %2 of the header has no name</source>
        <translation>%1: column %2 of the header has no name</translation>
    </message>
    <message>
        <source>%1: unknown column &quot;%2&quot;; expected: %3</source>
        <translation>%1: unknown column &quot;%2&quot;; expected: %3</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; appears more than once</source>
        <translation>%1: column &quot;%2&quot; appears more than once</translation>
    </message>
    <message>
        <source>%1: missing required column &quot;%2&quot;</source>
        <translation>%1: missing required column &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the row has %2 fields, the header has %3</source>
        <translation>%1: the row has %2 fields, the header has %3</translation>
    </message>
    <message>
        <source>%1: the file is neither UTF-8 nor GB18030 text</source>
        <translation>%1: the file is neither UTF-8 nor GB18030 text</translation>
    </message>
    <message>
        <source>%1: a quoted field is not closed</source>
        <translation>%1: a quoted field is not closed</translation>
    </message>
    <message>
        <source>%1: field %2 has text after its closing quote</source>
        <translation>%1: field %2 has text after its closing quote</translation>
    </message>
</context>
<context>
    <name>cd::CsvWriter</name>
    <message>
        <source>cannot write the file: it is not open for writing</source>
        <translation>cannot write the file: it is not open for writing</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>cd::CustomerCommands</name>
    <message>
        <source>The legal representative.</source>
        <translation>The legal representative.</translation>
    </message>
    <message>
        <source>The contact person.</source>
        <translation>The contact person.</translation>
    </message>
    <message>
        <source>The contact phone.</source>
        <translation>The contact phone.</translation>
    </message>
    <message>
        <source>The industry.</source>
        <translation>The industry.</translation>
    </message>
    <message>
        <source>Who handles the customer&apos;s business when it is not the legal representative; the review then also needs the handler&apos;s ID and an authorisation letter (§3.9).</source>
        <translation>Who handles the customer&apos;s business when it is not the legal representative; the review then also needs the handler&apos;s ID and an authorisation letter (§3.9).</translation>
    </message>
    <message>
        <source>Add a customer; its qualification review opens at once (§3.9).</source>
        <translation>Add a customer; its qualification review opens at once (§3.9).</translation>
    </message>
    <message>
        <source>Individual businesses (92…) may be customers; natural persons may not. The developing agent must exist and not be terminated (§9.6).</source>
        <translation>Individual businesses (92…) may be customers; natural persons may not. The developing agent must exist and not be terminated (§9.6).</translation>
    </message>
    <message>
        <source>The customer&apos;s registered name.</source>
        <translation>The customer&apos;s registered name.</translation>
    </message>
    <message>
        <source>The unified social credit code.</source>
        <translation>The unified social credit code.</translation>
    </message>
    <message>
        <source>The developing agent&apos;s code.</source>
        <translation>The developing agent&apos;s code.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>Missing --%1.</translation>
    </message>
    <message>
        <source>List customers, tab-separated.</source>
        <translation>List customers, tab-separated.</translation>
    </message>
    <message>
        <source>Columns: uscc, name, agent_uscc, legal_rep, handler_name, industry, qualification, service_owner.</source>
        <translation>Columns: uscc, name, agent_uscc, legal_rep, handler_name, industry, qualification, service_owner.</translation>
    </message>
    <message>
        <source>Only customers this agent developed.</source>
        <translation>Only customers this agent developed.</translation>
    </message>
    <message>
        <source>Only customers whose name or code contains TEXT.</source>
        <translation>Only customers whose name or code contains TEXT.</translation>
    </message>
    <message>
        <source>Show a customer with its §3.9 checklist, documents and reviews.</source>
        <translation>Show a customer with its §3.9 checklist, documents and reviews.</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>The customer&apos;s code.</translation>
    </message>
    <message>
        <source>Change a customer&apos;s details; options not given stay as they are.</source>
        <translation>Change a customer&apos;s details; options not given stay as they are.</translation>
    </message>
    <message>
        <source>An empty value clears a field, e.g. --handler &quot;&quot; when the legal representative handles the business again.</source>
        <translation>An empty value clears a field, e.g. --handler &quot;&quot; when the legal representative handles the business again.</translation>
    </message>
    <message>
        <source>Added the customer %1 (%2) for %3; qualification: %4.</source>
        <translation>Added the customer %1 (%2) for %3; qualification: %4.</translation>
    </message>
    <message>
        <source>Checklist (§3.9):</source>
        <translation>Checklist (§3.9):</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation>Reviews: %1</translation>
    </message>
    <message>
        <source>Updated the customer %1 (%2).</source>
        <translation>Updated the customer %1 (%2).</translation>
    </message>
</context>
<context>
    <name>cd::CustomerDetailPage</name>
    <message>
        <source>‹ All Customers</source>
        <translation>‹ All Customers</translation>
    </message>
    <message>
        <source>&amp;Activate a Number…</source>
        <translation>&amp;Activate a Number…</translation>
    </message>
    <message>
        <source>Back to the list of customers (Esc)</source>
        <translation>Back to the list of customers (Esc)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>No numbers yet.</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Numbers</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Qualification</translation>
    </message>
    <message>
        <source>No reviews or checks yet.</source>
        <translation>No reviews or checks yet.</translation>
    </message>
    <message>
        <source>&amp;Reviews &amp;&amp; Checks</source>
        <translation>&amp;Reviews &amp;&amp; Checks</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>Credit code:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <source>Handler:</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <source>Developing agent:</source>
        <translation>Developing agent:</translation>
    </message>
    <message>
        <source>Served by:</source>
        <translation>Served by:</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>Qualification:</translation>
    </message>
    <message>
        <source>%1 · developed by %2 (%3)</source>
        <translation>%1 · developed by %2 (%3)</translation>
    </message>
    <message>
        <source>Served by the provider</source>
        <translation>Served by the provider</translation>
    </message>
    <message>
        <source>Served by the agent</source>
        <translation>Served by the agent</translation>
    </message>
    <message>
        <source>The legal representative</source>
        <translation>The legal representative</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The provider, since %1 (§2.3, §9.6)</source>
        <translation>The provider, since %1 (§2.3, §9.6)</translation>
    </message>
    <message>
        <source>The developing agent</source>
        <translation>The developing agent</translation>
    </message>
    <message>
        <source>&amp;Numbers (%1)</source>
        <translation>&amp;Numbers (%1)</translation>
    </message>
    <message>
        <source>&amp;Qualification (%1)</source>
        <translation>&amp;Qualification (%1)</translation>
    </message>
    <message>
        <source>&amp;Reviews &amp;&amp; Checks (%1)</source>
        <translation>&amp;Reviews &amp;&amp; Checks (%1)</translation>
    </message>
    <message>
        <source>%1 activated; paid through %2.</source>
        <translation>%1 activated; paid through %2.</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>&amp;Edit Details…</translation>
    </message>
    <message>
        <source>The details of %1 are saved.</source>
        <translation>The details of %1 are saved.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>The earlier details of %1 are back.</source>
        <translation>The earlier details of %1 are back.</translation>
    </message>
</context>
<context>
    <name>cd::CustomerDialog</name>
    <message>
        <source>New Customer</source>
        <translation>New Customer</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 characters, e.g. 91350100M000100Y43</translation>
    </message>
    <message>
        <source>Empty when the legal representative handles it</source>
        <translation>Empty when the legal representative handles it</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 13812345678</source>
        <translation>Mobile or landline, e.g. 13812345678</translation>
    </message>
    <message>
        <source>An enterprise that will use 400 numbers. Companies and individual businesses qualify; natural persons do not. The customer starts pending: its qualification review opens today (§3.9).</source>
        <translation>An enterprise that will use 400 numbers. Companies and individual businesses qualify; natural persons do not. The customer starts pending: its qualification review opens today (§3.9).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>Credit &amp;code:</translation>
    </message>
    <message>
        <source>Developing &amp;agent:</source>
        <translation>Developing &amp;agent:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>Add Customer</source>
        <translation>Add Customer</translation>
    </message>
    <message>
        <source>Not the legal representative: the handler&apos;s ID and an authorisation letter join the documents to review (§3.9).</source>
        <translation>Not the legal representative: the handler&apos;s ID and an authorisation letter join the documents to review (§3.9).</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>Edit Customer</translation>
    </message>
    <message>
        <source>The credit code and the developing agent stay as they are; the qualification is decided by its review (§3.9).</source>
        <translation>The credit code and the developing agent stay as they are; the qualification is decided by its review (§3.9).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>Ph&amp;one:</translation>
    </message>
</context>
<context>
    <name>cd::CustomerListModel</name>
    <message>
        <source>Provider since %1</source>
        <translation>Provider since %1</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>The agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Developing agent</source>
        <translation>Developing agent</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Served by</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
</context>
<context>
    <name>cd::CustomerPicker</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>Approved only</translation>
    </message>
    <message>
        <source>Search by name or credit code</source>
        <translation>Search by name or credit code</translation>
    </message>
    <message>
        <source>Only a customer that passed qualification review may have numbers activated (§3.9)</source>
        <translation>Only a customer that passed qualification review may have numbers activated (§3.9)</translation>
    </message>
    <message>
        <source>No approved customer matches</source>
        <translation>No approved customer matches</translation>
    </message>
    <message>
        <source>No customer matches</source>
        <translation>No customer matches</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
</context>
<context>
    <name>cd::CustomerService</name>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>The customer&apos;s name is required.</translation>
    </message>
    <message>
        <source>A customer with the code %1 already exists: %2.</source>
        <translation>A customer with the code %1 already exists: %2.</translation>
    </message>
    <message>
        <source>%1 is terminated and may not bring in new customers (§9.6)</source>
        <translation>%1 is terminated and may not bring in new customers (§9.6)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Chinese phone number.</source>
        <translation>&quot;%1&quot; is not a Chinese phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here; use pending or approved.</source>
        <translation>&quot;%1&quot; is not allowed here; use pending or approved.</translation>
    </message>
    <message>
        <source>An auditor may not change customers.</source>
        <translation>An auditor may not change customers.</translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>There is no customer with the code %1.</translation>
    </message>
    <message>
        <source>There is no customer with the id %1.</source>
        <translation>There is no customer with the id %1.</translation>
    </message>
</context>
<context>
    <name>cd::CustomersPage</name>
    <message>
        <source>&amp;New Customer…</source>
        <translation>&amp;New Customer…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>The enterprises using 400 numbers: who developed them, who serves them, and whether they passed qualification review.</source>
        <translation>The enterprises using 400 numbers: who developed them, who serves them, and whether they passed qualification review.</translation>
    </message>
    <message>
        <source>Name or credit code</source>
        <translation>Name or credit code</translation>
    </message>
    <message>
        <source>Served by anyone</source>
        <translation>Served by anyone</translation>
    </message>
    <message>
        <source>Served by their agent</source>
        <translation>Served by their agent</translation>
    </message>
    <message>
        <source>Taken over by the provider</source>
        <translation>Taken over by the provider</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Ser&amp;ved:</source>
        <translation>Ser&amp;ved:</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln customer(s) shown; narrow the search to see the rest.</source>
        <translation>
            <numerusform>The first %Ln customer shown; narrow the search to see the rest.</numerusform>
            <numerusform>The first %Ln customers shown; narrow the search to see the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches the search.</source>
        <translation>No customer matches the search.</translation>
    </message>
    <message>
        <source>No customers yet. Add one with &quot;New Customer…&quot;.</source>
        <translation>No customers yet. Add one with &quot;New Customer…&quot;.</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>No customers yet.</translation>
    </message>
    <message>
        <source>%1 added; its qualification review is open (§3.9).</source>
        <translation>%1 added; its qualification review is open (§3.9).</translation>
    </message>
</context>
<context>
    <name>cd::CustomersReport</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Developing agent&apos;s code</source>
        <translation>Developing agent&apos;s code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>Service owner</translation>
    </message>
    <message>
        <source>Taken over on</source>
        <translation>Taken over on</translation>
    </message>
    <message>
        <source>Developing agent</source>
        <translation>Developing agent</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
</context>
<context>
    <name>cd::CutPreviewModel</name>
    <message>
        <source>The chain of plan %1 would break: see the links below.</source>
        <translation>The chain of plan %1 would break: see the links below.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1+ days</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 days</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Numbers in service</source>
        <translation>Numbers in service</translation>
    </message>
    <message>
        <source>Open the active numbers</source>
        <translation>Open the active numbers</translation>
    </message>
    <message>
        <source>At risk of reclaim in 30 days</source>
        <translation>At risk of reclaim in 30 days</translation>
    </message>
    <message>
        <source>Open the suspended numbers</source>
        <translation>Open the suspended numbers</translation>
    </message>
    <message>
        <source>Renewals overdue</source>
        <translation>Renewals overdue</translation>
    </message>
    <message>
        <source>Open the renewals, overdue ones first</source>
        <translation>Open the renewals, overdue ones first</translation>
    </message>
    <message>
        <source>Open violations</source>
        <translation>Open violations</translation>
    </message>
    <message>
        <source>Open the open violation cases</source>
        <translation>Open the open violation cases</translation>
    </message>
    <message>
        <source>%1: %2 — click to list them</source>
        <translation>%1: %2 — click to list them</translation>
    </message>
    <message>
        <source>Numbers by status</source>
        <translation>Numbers by status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Week of %1: %2 due from %3 to %4</source>
        <translation>Week of %1: %2 due from %3 to %4</translation>
    </message>
    <message>
        <source>Renewals due per week</source>
        <translation>Renewals due per week</translation>
    </message>
    <message>
        <source>Qualification reviews</source>
        <translation>Qualification reviews</translation>
    </message>
    <message>
        <source>Follow-ups and spot checks</source>
        <translation>Follow-ups and spot checks</translation>
    </message>
    <message>
        <source>%1, %2: %3 open</source>
        <translation>%1, %2: %3 open</translation>
    </message>
    <message>
        <source>Open reviews by age</source>
        <translation>Open reviews by age</translation>
    </message>
    <message>
        <source>Click an agent to open it</source>
        <translation>Click an agent to open it</translation>
    </message>
    <message>
        <source>of %1 numbers in the pool</source>
        <translation>of %1 numbers in the pool</translation>
    </message>
    <message>
        <source>Suspended for arrears, unpaid; the first reclaim on %1</source>
        <translation>Suspended for arrears, unpaid; the first reclaim on %1</translation>
    </message>
    <message>
        <source>None reclaimed by %1</source>
        <translation>None reclaimed by %1</translation>
    </message>
    <message>
        <source>Past paid-through, in the grace period</source>
        <translation>Past paid-through, in the grace period</translation>
    </message>
    <message>
        <source>%1 unclassified · %2 negligent · %3 intentional</source>
        <translation>%1 unclassified · %2 negligent · %3 intentional</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 numbers in the pool</source>
        <translation>%1 numbers in the pool</translation>
    </message>
    <message>
        <source>The pool is empty: numbers arrive by CSV import.</source>
        <translation>The pool is empty: numbers arrive by CSV import.</translation>
    </message>
    <message>
        <source>%1 due from %2 to %3, by week (Monday shown)</source>
        <translation>%1 due from %2 to %3, by week (Monday shown)</translation>
    </message>
    <message>
        <source>%1 open, age in days since opened</source>
        <translation>%1 open, age in days since opened</translation>
    </message>
    <message>
        <source>Quarterly completion, %1</source>
        <translation>Quarterly completion, %1</translation>
    </message>
    <message>
        <source>%1 of %2 agents with a task at or above %3 % (promotion) · %4 below half</source>
        <translation>%1 of %2 agents with a task at or above %3 % (promotion) · %4 below half</translation>
    </message>
    <message>
        <source>No agent has a task this quarter.</source>
        <translation>No agent has a task this quarter.</translation>
    </message>
    <message>
        <source>Figures as of %1, read at %2. Click a bar, a line or a card to open its list.</source>
        <translation>Figures as of %1, read at %2. Click a bar, a line or a card to open its list.</translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message>
        <source>Cannot open the database %1: it is a folder.</source>
        <translation>Cannot open the database %1: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a ChannelDesk database or is damaged: %2</source>
        <translation>The file %1 is not a ChannelDesk database or is damaged: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>The database %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Cannot read the schema version of %1.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Install the newer version to open it; the file was left unchanged.</source>
        <translation>The database %1 was written by a newer version of ChannelDesk (schema %2; this version reads up to %3). Install the newer version to open it; the file was left unchanged.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; the file stays at schema %3: %4</source>
        <translation>Upgrading %1 to schema %2 failed; the file stays at schema %3: %4</translation>
    </message>
    <message>
        <source>The database %1 is busy: another program is writing to it. Try again in a moment.</source>
        <translation>The database %1 is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Database error in %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::DemoCommand</name>
    <message>
        <source>Fill an empty database with realistic demo data (admin).</source>
        <translation>Fill an empty database with realistic demo data (admin).</translation>
    </message>
    <message>
        <source>Number of agents (default 60).</source>
        <translation>Number of agents (default 60).</translation>
    </message>
    <message>
        <source>Number of customers (default 1500).</source>
        <translation>Number of customers (default 1500).</translation>
    </message>
    <message>
        <source>Number of 400 numbers (default 6000).</source>
        <translation>Number of 400 numbers (default 6000).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <source>--agents needs a whole number from 1 to 9000.</source>
        <translation>--agents needs a whole number from 1 to 9000.</translation>
    </message>
    <message>
        <source>--customers needs a whole number from 0 to 5000000.</source>
        <translation>--customers needs a whole number from 0 to 5000000.</translation>
    </message>
    <message>
        <source>--numbers needs a whole number from 0 to 10000000.</source>
        <translation>--numbers needs a whole number from 0 to 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed needs a whole number from 0 to 4294967295.</translation>
    </message>
    <message>
        <source>Demo data written in %1 ms:</source>
        <translation>Demo data written in %1 ms:</translation>
    </message>
    <message>
        <source>Agents, contracts, plans and prices, customers, numbers in every status, payments, violations, training and platform incidents. The same seed gives the same data. Refused when the database already holds agents, plans, customers or numbers.</source>
        <translation>Agents, contracts, plans and prices, customers, numbers in every status, payments, violations, training and platform incidents. The same seed gives the same data. Refused when the database already holds agents, plans, customers or numbers.</translation>
    </message>
</context>
<context>
    <name>cd::DemoGenerator</name>
    <message>
        <source>Only an admin may fill the database with demo data.</source>
        <translation>Only an admin may fill the database with demo data.</translation>
    </message>
    <message>
        <source>Demo sizes: 1–9000 agents, 0–5000000 customers, 0–10000000 numbers.</source>
        <translation>Demo sizes: 1–9000 agents, 0–5000000 customers, 0–10000000 numbers.</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database; this one already holds agents, plans, customers or numbers.</source>
        <translation>Demo data goes only into an empty database; this one already holds agents, plans, customers or numbers.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Flagship</source>
        <translation>Flagship</translation>
    </message>
    <message>
        <source>The demo prices of plan %1 break the price chain: %2</source>
        <translation>The demo prices of plan %1 break the price chain: %2</translation>
    </message>
    <message>
        <source>A customer developed by the agent was found using its number for fraud.</source>
        <translation>A customer developed by the agent was found using its number for fraud.</translation>
    </message>
    <message>
        <source>Numbers were advertised below the agreed price.</source>
        <translation>Numbers were advertised below the agreed price.</translation>
    </message>
    <message>
        <source>The business licence has expired.</source>
        <translation>The business licence has expired.</translation>
    </message>
    <message>
        <source>The authorisation letter is missing.</source>
        <translation>The authorisation letter is missing.</translation>
    </message>
</context>
<context>
    <name>cd::DestinationsDialog</name>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Destinations of %1</source>
        <translation>Destinations of %1</translation>
    </message>
    <message>
        <source>The phones a call to the number rings, in order: one per line, mobile or landline with its area code.</source>
        <translation>The phones a call to the number rings, in order: one per line, mobile or landline with its area code.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Not a Chinese phone number: %1</source>
        <translation>Not a Chinese phone number: %1</translation>
    </message>
</context>
<context>
    <name>cd::DisputeDialog</name>
    <message>
        <source>Record Dispute</source>
        <translation>Record Dispute</translation>
    </message>
    <message>
        <source>What the customer claims</source>
        <translation>What the customer claims</translation>
    </message>
    <message>
        <source>Against incident #%1: %2</source>
        <translation>Against incident #%1: %2</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Raised on:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Provider-liable, as the incident is (§2.8)</source>
        <translation>Provider-liable, as the incident is (§2.8)</translation>
    </message>
</context>
<context>
    <name>cd::DocumentKind</name>
    <message>
        <source>Business licence</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>Legal representative&apos;s ID</source>
        <translation>Legal representative&apos;s ID</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>Commitment letter</translation>
    </message>
    <message>
        <source>Handler&apos;s ID</source>
        <translation>Handler&apos;s ID</translation>
    </message>
    <message>
        <source>Authorisation letter</source>
        <translation>Authorisation letter</translation>
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
        <translation>Document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
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
        <translation>%1 · %2 · added %3 by %4
SHA-256 %5</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here. Save it and open it with its own program.</source>
        <translation>This kind of file cannot be shown here. Save it and open it with its own program.</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Save As…</translation>
    </message>
    <message>
        <source>Save Document</source>
        <translation>Save Document</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>cd::DocumentRenderer</name>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>The PDF could not be produced.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>cd::DocumentTemplate</name>
    <message>
        <source>The document template %1 is missing from this build.</source>
        <translation>The document template %1 is missing from this build.</translation>
    </message>
    <message>
        <source>The document template leaves %1 unfilled.</source>
        <translation>The document template leaves %1 unfilled.</translation>
    </message>
</context>
<context>
    <name>cd::EvaluateCommand</name>
    <message>
        <source>Missing --quarter YYYYQN.</source>
        <translation>Missing --quarter YYYYQN.</translation>
    </message>
    <message>
        <source>--quarter needs a quarter written like 2026Q3, not &quot;%1&quot;.</source>
        <translation>--quarter needs a quarter written like 2026Q3, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>PROPOSAL_ID needs the number of a proposal, not &quot;%1&quot;.</source>
        <translation>PROPOSAL_ID needs the number of a proposal, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The calendar quarter, e.g. 2026Q3.</source>
        <translation>The calendar quarter, e.g. 2026Q3.</translation>
    </message>
    <message>
        <source>Compute task completion and store tier proposals for a quarter (§2.4).</source>
        <translation>Compute task completion and store tier proposals for a quarter (§2.4).</translation>
    </message>
    <message>
        <source>Completion is the quarter&apos;s new activations (a level-1 agent counts its sub-agents&apos; too) divided by the contract&apos;s task. At or above the promotion threshold one tier up is proposed from the next quarter; a tier never drops here. Prints one line per agent: code, name, task, activations, completion, tier → proposed tier, proposal number and status. Running it again recomputes open lines and keeps decided ones. Decide with &quot;%1 tier approve PROPOSAL_ID&quot; or &quot;%1 tier decline PROPOSAL_ID&quot;.</source>
        <translation>Completion is the quarter&apos;s new activations (a level-1 agent counts its sub-agents&apos; too) divided by the contract&apos;s task. At or above the promotion threshold one tier up is proposed from the next quarter; a tier never drops here. Prints one line per agent: code, name, task, activations, completion, tier → proposed tier, proposal number and status. Running it again recomputes open lines and keeps decided ones. Decide with &quot;%1 tier approve PROPOSAL_ID&quot; or &quot;%1 tier decline PROPOSAL_ID&quot;.</translation>
    </message>
    <message>
        <source>Show a quarter&apos;s stored evaluation and its proposals, read-only.</source>
        <translation>Show a quarter&apos;s stored evaluation and its proposals, read-only.</translation>
    </message>
    <message>
        <source>The proposal&apos;s number, as &quot;evaluate&quot; prints it.</source>
        <translation>The proposal&apos;s number, as &quot;evaluate&quot; prints it.</translation>
    </message>
    <message>
        <source>Approve a proposed promotion; the tier applies from the next quarter (§2.4).</source>
        <translation>Approve a proposed promotion; the tier applies from the next quarter (§2.4).</translation>
    </message>
    <message>
        <source>Decline a proposed promotion (§2.4).</source>
        <translation>Decline a proposed promotion (§2.4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 to %3): %n agent(s) evaluated</source>
        <translation>
            <numerusform>%1 (%2 to %3): %n agent evaluated</numerusform>
            <numerusform>%1 (%2 to %3): %n agents evaluated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n proposal(s) open (threshold %1 %).</source>
        <translation>
            <numerusform>; %n proposal open (threshold %1 %).</numerusform>
            <numerusform>; %n proposals open (threshold %1 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal %1 approved: the new tier applies from the first day of the next quarter (§2.4).</source>
        <translation>Proposal %1 approved: the new tier applies from the first day of the next quarter (§2.4).</translation>
    </message>
    <message>
        <source>Proposal %1 declined; the agent keeps its tier.</source>
        <translation>Proposal %1 declined; the agent keeps its tier.</translation>
    </message>
</context>
<context>
    <name>cd::EvaluationModel</name>
    <message>
        <source>No proposal</source>
        <translation>No proposal</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Approved, from %1</source>
        <translation>Approved, from %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>%1 (level 2)</source>
        <translation>%1 (level 2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>no task</translation>
    </message>
    <message>
        <source>%1 new activations of a task of %2</source>
        <translation>%1 new activations of a task of %2</translation>
    </message>
    <message>
        <source>No task for this quarter: no contract, or a task of zero.</source>
        <translation>No task for this quarter: no contract, or a task of zero.</translation>
    </message>
    <message>
        <source>Level 1: counts its sub-agents&apos; activations too</source>
        <translation>Level 1: counts its sub-agents&apos; activations too</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Proposed tier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::EvaluationView</name>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluate</translation>
    </message>
    <message>
        <source>&amp;Approve Promotion</source>
        <translation>&amp;Approve Promotion</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <source>Q%1 (%2–%3)</source>
        <translation>Q%1 (%2–%3)</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>Compute each agent&apos;s completion and propose promotions; decided proposals are kept.</source>
        <translation>Compute each agent&apos;s completion and propose promotions; decided proposals are kept.</translation>
    </message>
    <message>
        <source>This quarter has not been evaluated. Press &quot;Evaluate&quot; to compute it.</source>
        <translation>This quarter has not been evaluated. Press &quot;Evaluate&quot; to compute it.</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 to %3</translation>
    </message>
    <message>
        <source>%1. Not evaluated yet.</source>
        <translation>%1. Not evaluated yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n agent(s); promotion at %2 % of the task or more, one tier up from %3 (§2.4).</source>
        <translation>
            <numerusform>%1. %n agent; promotion at %2 % of the task or more, one tier up from %3 (§2.4).</numerusform>
            <numerusform>%1. %n agents; promotion at %2 % of the task or more, one tier up from %3 (§2.4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) open.</source>
        <translation>
            <numerusform>%n proposal open.</numerusform>
            <numerusform>%n proposals open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 evaluated: %n agent(s)</source>
        <translation>
            <numerusform>%1 evaluated: %n agent</numerusform>
            <numerusform>%1 evaluated: %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n promotion(s) waiting for a decision.</source>
        <translation>
            <numerusform>, %n promotion waiting for a decision.</numerusform>
            <numerusform>, %n promotions waiting for a decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 moves up to %2 from %3 (§2.4).</source>
        <translation>%1 moves up to %2 from %3 (§2.4).</translation>
    </message>
    <message>
        <source>The promotion of %1 to %2 was declined; it stays %3.</source>
        <translation>The promotion of %1 to %2 was declined; it stays %3.</translation>
    </message>
    <message>
        <source>Evaluating %1: task completion of every agent…</source>
        <translation>Evaluating %1: task completion of every agent…</translation>
    </message>
</context>
<context>
    <name>cd::ExportCommand</name>
    <message>
        <source>Write a report as CSV.</source>
        <translation>Write a report as CSV.</translation>
    </message>
    <message>
        <source>The first line holds the column keys. Phones, emails and ID numbers are masked unless --include-personal-data is given by a user with the right (§2.6). The file is written whole or not at all.</source>
        <translation>The first line holds the column keys. Phones, emails and ID numbers are masked unless --include-personal-data is given by a user with the right (§2.6). The file is written whole or not at all.</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>The report: %1.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>The date the report is as of (default today).</source>
        <translation>The date the report is as of (default today).</translation>
    </message>
    <message>
        <source>Leave phones, emails and ID numbers unmasked (§2.6; not for auditors).</source>
        <translation>Leave phones, emails and ID numbers unmasked (§2.6; not for auditors).</translation>
    </message>
    <message>
        <source>The report %1 is not available in this version; the reports are: %2.</source>
        <translation>The report %1 is not available in this version; the reports are: %2.</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;; the reports are: %2.</source>
        <translation>Unknown report &quot;%1&quot;; the reports are: %2.</translation>
    </message>
    <message>
        <source>Missing --out FILE.</source>
        <translation>Missing --out FILE.</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Exported %1 rows to %2.</translation>
    </message>
    <message>
        <source>Write codes of 12 or more digits (USCCs) as =&quot;…&quot; so Excel keeps them as text instead of 1.21E+17; the importers read them back.</source>
        <translation>Write codes of 12 or more digits (USCCs) as =&quot;…&quot; so Excel keeps them as text instead of 1.21E+17; the importers read them back.</translation>
    </message>
</context>
<context>
    <name>cd::FirstRunDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>Welcome to ChannelDesk</source>
        <translation>Welcome to ChannelDesk</translation>
    </message>
    <message>
        <source>Channel management for 400-number providers</source>
        <translation>Channel management for 400-number providers</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: the administrator signs in first, adds the other users and sets the business parameters.</source>
        <translation>This database has no accounts yet. Create the administrator account: the administrator signs in first, adds the other users and sets the business parameters.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Writing demo data: agents, contracts, customers and numbers…</source>
        <translation>Writing demo data: agents, contracts, customers and numbers…</translation>
    </message>
    <message>
        <source>Your account is ready, but the demo data could not be written: %1</source>
        <translation>Your account is ready, but the demo data could not be written: %1</translation>
    </message>
    <message>
        <source>Demo data added: %1 agents, %2 customers and %3 numbers. Every name and number in it is made up.</source>
        <translation>Demo data added: %1 agents, %2 customers and %3 numbers. Every name and number in it is made up.</translation>
    </message>
    <message>
        <source>&amp;Fill with demo data to try ChannelDesk</source>
        <translation>&amp;Fill with demo data to try ChannelDesk</translation>
    </message>
    <message>
        <source>Adds %1 agents, %2 customers and %3 numbers with made-up names, so that every screen has something to show. Leave it off for real work: demo data is not removed later.</source>
        <translation>Adds %1 agents, %2 customers and %3 numbers with made-up names, so that every screen has something to show. Leave it off for real work: demo data is not removed later.</translation>
    </message>
</context>
<context>
    <name>cd::FollowUpService</name>
    <message>
        <source>Follow-ups are computed as of a date.</source>
        <translation>Follow-ups are computed as of a date.</translation>
    </message>
    <message>
        <source>An auditor may not schedule follow-up reviews.</source>
        <translation>An auditor may not schedule follow-up reviews.</translation>
    </message>
</context>
<context>
    <name>cd::GlobalSearch</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
</context>
<context>
    <name>cd::Grade</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Special</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
</context>
<context>
    <name>cd::ImportCommand</name>
    <message>
        <source>Load a CSV file: all rows or none.</source>
        <translation>Load a CSV file: all rows or none.</translation>
    </message>
    <message>
        <source>Every bad row is reported as FILE:LINE: column: message, and then nothing is written (exit code 3).</source>
        <translation>Every bad row is reported as FILE:LINE: column: message, and then nothing is written (exit code 3).</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>What the file holds: %1.</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8 or GB18030).</source>
        <translation>The CSV file (UTF-8 or GB18030).</translation>
    </message>
    <message>
        <source>Check every row but write nothing.</source>
        <translation>Check every row but write nothing.</translation>
    </message>
    <message>
        <source>Import of %1 is not available in this version.</source>
        <translation>Import of %1 is not available in this version.</translation>
    </message>
    <message>
        <source>Unknown import kind &quot;%1&quot;; the kinds are: %2.</source>
        <translation>Unknown import kind &quot;%1&quot;; the kinds are: %2.</translation>
    </message>
    <message>
        <source>Dry run: %1 rows of %2 in %3 are valid; nothing was written.</source>
        <translation>Dry run: %1 rows of %2 in %3 are valid; nothing was written.</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 from %3.</source>
        <translation>Imported %1 rows of %2 from %3.</translation>
    </message>
</context>
<context>
    <name>cd::ImportRunner</name>
    <message>
        <source>%1 may not import files: the role %2 can only read</source>
        <translation>%1 may not import files: the role %2 can only read</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported</source>
        <translation>
            <numerusform>%n error in %1; nothing was imported</numerusform>
            <numerusform>%n errors in %1; nothing was imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not import %2: only an administrator changes plans and prices.</source>
        <translation>%1 may not import %2: only an administrator changes plans and prices.</translation>
    </message>
</context>
<context>
    <name>cd::IncidentCause</name>
    <message>
        <source>The platform itself</source>
        <translation>The platform itself</translation>
    </message>
    <message>
        <source>A carrier</source>
        <translation>A carrier</translation>
    </message>
    <message>
        <source>An attack</source>
        <translation>An attack</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>cd::IncidentCommands</name>
    <message>
        <source>Missing --%1.</source>
        <translation>Missing --%1.</translation>
    </message>
    <message>
        <source>Missing --%1 YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>Missing --%1 YYYY-MM-DDTHH:MM:SSZ.</translation>
    </message>
    <message>
        <source>--%1 needs a UTC time written YYYY-MM-DDTHH:MM:SSZ, not &quot;%2&quot;.</source>
        <translation>--%1 needs a UTC time written YYYY-MM-DDTHH:MM:SSZ, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a record number, not &quot;%2&quot;.</source>
        <translation>%1 must be a record number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record planned maintenance or an outage (§2.8); prints its number.</source>
        <translation>Record planned maintenance or an outage (§2.8); prints its number.</translation>
    </message>
    <message>
        <source>Times are UTC, written YYYY-MM-DDTHH:MM:SSZ. Maintenance needs its end, the time agents were told and the channel, and writes a maintenance notice to each affected agent; a notice less than 24 hours ahead is flagged late. Without --agent every agent is affected. An outage without --end goes on until &quot;incident close&quot;.</source>
        <translation>Times are UTC, written YYYY-MM-DDTHH:MM:SSZ. Maintenance needs its end, the time agents were told and the channel, and writes a maintenance notice to each affected agent; a notice less than 24 hours ahead is flagged late. Without --agent every agent is affected. An outage without --end goes on until &quot;incident close&quot;.</translation>
    </message>
    <message>
        <source>maintenance or outage.</source>
        <translation>maintenance or outage.</translation>
    </message>
    <message>
        <source>A short title.</source>
        <translation>A short title.</translation>
    </message>
    <message>
        <source>What caused it: %1.</source>
        <translation>What caused it: %1.</translation>
    </message>
    <message>
        <source>When it started (UTC).</source>
        <translation>When it started (UTC).</translation>
    </message>
    <message>
        <source>When it ended or is planned to end (UTC).</source>
        <translation>When it ended or is planned to end (UTC).</translation>
    </message>
    <message>
        <source>When agents were told (UTC).</source>
        <translation>When agents were told (UTC).</translation>
    </message>
    <message>
        <source>How agents were told: %1.</source>
        <translation>How agents were told: %1.</translation>
    </message>
    <message>
        <source>The code of an affected agent; may be repeated.</source>
        <translation>The code of an affected agent; may be repeated.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>What happened.</translation>
    </message>
    <message>
        <source>Unknown incident kind &quot;%1&quot;: use %2.</source>
        <translation>Unknown incident kind &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>Unknown cause &quot;%1&quot;: use %2.</source>
        <translation>Unknown cause &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;: use %2.</source>
        <translation>Unknown channel &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>Record the end of an ongoing incident (§2.8).</source>
        <translation>Record the end of an ongoing incident (§2.8).</translation>
    </message>
    <message>
        <source>The incident&apos;s number.</source>
        <translation>The incident&apos;s number.</translation>
    </message>
    <message>
        <source>When it ended (UTC).</source>
        <translation>When it ended (UTC).</translation>
    </message>
    <message>
        <source>List platform incidents with their §2.8 flags.</source>
        <translation>List platform incidents with their §2.8 flags.</translation>
    </message>
    <message>
        <source>Tab-separated, with the columns of &quot;export incidents&quot;.</source>
        <translation>Tab-separated, with the columns of &quot;export incidents&quot;.</translation>
    </message>
    <message>
        <source>Record a customer&apos;s dispute against an incident (§2.8); prints its number and whether the provider is liable.</source>
        <translation>Record a customer&apos;s dispute against an incident (§2.8); prints its number and whether the provider is liable.</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>The customer&apos;s code.</translation>
    </message>
    <message>
        <source>The day the dispute was raised.</source>
        <translation>The day the dispute was raised.</translation>
    </message>
    <message>
        <source>What the customer disputes.</source>
        <translation>What the customer disputes.</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>warning: the agents were told less than 24 hours before the maintenance started (§2.8).</source>
        <translation>warning: the agents were told less than 24 hours before the maintenance started (§2.8).</translation>
    </message>
    <message>
        <source>Incident %1 closed; the provider is liable for the disputes it caused (§2.8).</source>
        <translation>Incident %1 closed; the provider is liable for the disputes it caused (§2.8).</translation>
    </message>
    <message>
        <source>Incident %1 closed.</source>
        <translation>Incident %1 closed.</translation>
    </message>
</context>
<context>
    <name>cd::IncidentDialog</name>
    <message>
        <source>Still &amp;going on</source>
        <translation>Still &amp;going on</translation>
    </message>
    <message>
        <source>Agents were &amp;told:</source>
        <translation>Agents were &amp;told:</translation>
    </message>
    <message>
        <source>&amp;All active agents</source>
        <translation>&amp;All active agents</translation>
    </message>
    <message>
        <source>Record Incident</source>
        <translation>Record Incident</translation>
    </message>
    <message>
        <source>e.g. Core switch upgrade</source>
        <translation>e.g. Core switch upgrade</translation>
    </message>
    <message>
        <source>Only the platform&apos;s own failures can make the provider liable; carriers and attacks are best-effort (§2.8)</source>
        <translation>Only the platform&apos;s own failures can make the provider liable; carriers and attacks are best-effort (§2.8)</translation>
    </message>
    <message>
        <source>What happened or will happen, and what agents and customers notice</source>
        <translation>What happened or will happen, and what agents and customers notice</translation>
    </message>
    <message>
        <source>Planned maintenance must be announced at least 24 hours before it starts; a platform failure of more than 48 hours makes the provider liable (§2.8). Times are local.</source>
        <translation>Planned maintenance must be announced at least 24 hours before it starts; a platform failure of more than 48 hours makes the provider liable (§2.8). Times are local.</translation>
    </message>
    <message>
        <source>b&amp;y</source>
        <translation>b&amp;y</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Notice:</translation>
    </message>
    <message>
        <source>Affected a&amp;gents:</source>
        <translation>Affected a&amp;gents:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Late notice: less than 24 hours ahead</source>
        <translation>Late notice: less than 24 hours ahead</translation>
    </message>
    <message>
        <source>Provider-liable</source>
        <translation>Provider-liable</translation>
    </message>
</context>
<context>
    <name>cd::IncidentKind</name>
    <message>
        <source>Planned maintenance</source>
        <translation>Planned maintenance</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
</context>
<context>
    <name>cd::IncidentListModel</name>
    <message>
        <source>Late notice</source>
        <translation>Late notice</translation>
    </message>
    <message>
        <source>Provider-liable</source>
        <translation>Provider-liable</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Maintenance announced less than 24 hours before its start (§2.8)</source>
        <translation>Maintenance announced less than 24 hours before its start (§2.8)</translation>
    </message>
    <message>
        <source>The platform&apos;s own failure lasted more than 48 hours: the provider is liable (§2.8)</source>
        <translation>The platform&apos;s own failure lasted more than 48 hours: the provider is liable (§2.8)</translation>
    </message>
    <message>
        <source>Every active agent</source>
        <translation>Every active agent</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>cd::IncidentService</name>
    <message>
        <source>Give the incident a title.</source>
        <translation>Give the incident a title.</translation>
    </message>
    <message>
        <source>An incident needs the moment it started (UTC, e.g. 2026-03-10T08:00:00Z).</source>
        <translation>An incident needs the moment it started (UTC, e.g. 2026-03-10T08:00:00Z).</translation>
    </message>
    <message>
        <source>An incident must end after it starts.</source>
        <translation>An incident must end after it starts.</translation>
    </message>
    <message>
        <source>Planned maintenance needs its planned end.</source>
        <translation>Planned maintenance needs its planned end.</translation>
    </message>
    <message>
        <source>Planned maintenance needs the time agents were told and the channel: letter, fax, phone or email.</source>
        <translation>Planned maintenance needs the time agents were told and the channel: letter, fax, phone or email.</translation>
    </message>
    <message>
        <source>A notice needs both its time and its channel: letter, fax, phone or email.</source>
        <translation>A notice needs both its time and its channel: letter, fax, phone or email.</translation>
    </message>
    <message>
        <source>An auditor may not record incidents.</source>
        <translation>An auditor may not record incidents.</translation>
    </message>
    <message>
        <source>Closing an incident needs the moment it ended (UTC, e.g. 2026-03-10T08:00:00Z).</source>
        <translation>Closing an incident needs the moment it ended (UTC, e.g. 2026-03-10T08:00:00Z).</translation>
    </message>
    <message>
        <source>Incident %1 already ended at %2.</source>
        <translation>Incident %1 already ended at %2.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>There is no incident %1.</translation>
    </message>
    <message>
        <source>An auditor may not record disputes.</source>
        <translation>An auditor may not record disputes.</translation>
    </message>
    <message>
        <source>A dispute needs the day it was raised.</source>
        <translation>A dispute needs the day it was raised.</translation>
    </message>
    <message>
        <source>Describe the dispute.</source>
        <translation>Describe the dispute.</translation>
    </message>
    <message>
        <source>A dispute raised on %1 cannot come from incident %2, which started on %3.</source>
        <translation>A dispute raised on %1 cannot come from incident %2, which started on %3.</translation>
    </message>
    <message>
        <source>There is no dispute %1.</source>
        <translation>There is no dispute %1.</translation>
    </message>
</context>
<context>
    <name>cd::IncidentsPage</name>
    <message>
        <source>&amp;Record Incident…</source>
        <translation>&amp;Record Incident…</translation>
    </message>
    <message>
        <source>C&amp;lose Incident…</source>
        <translation>C&amp;lose Incident…</translation>
    </message>
    <message>
        <source>Record &amp;Dispute…</source>
        <translation>Record &amp;Dispute…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Planned maintenance and outages of the platform, the notice agents got, and the customer disputes they caused (§2.8).</source>
        <translation>Planned maintenance and outages of the platform, the notice agents got, and the customer disputes they caused (§2.8).</translation>
    </message>
    <message>
        <source>No incidents on record.</source>
        <translation>No incidents on record.</translation>
    </message>
    <message>
        <source>Customer disputes</source>
        <translation>Customer disputes</translation>
    </message>
    <message>
        <source>An auditor reads incidents but may not record or change them.</source>
        <translation>An auditor reads incidents but may not record or change them.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ongoing</source>
        <translation>
            <numerusform>%n ongoing</numerusform>
            <numerusform>%n ongoing</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>No incident selected</translation>
    </message>
    <message>
        <source>Select an incident to see the agents it affects and the disputes raised against it.</source>
        <translation>Select an incident to see the agents it affects and the disputes raised against it.</translation>
    </message>
    <message>
        <source>Incident #%1 · %2</source>
        <translation>Incident #%1 · %2</translation>
    </message>
    <message>
        <source>%1, caused by %2: %3 to %4</source>
        <translation>%1, caused by %2: %3 to %4</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Agents told %1 by %2.</source>
        <translation>Agents told %1 by %2.</translation>
    </message>
    <message>
        <source>Agents were not told.</source>
        <translation>Agents were not told.</translation>
    </message>
    <message>
        <source>Late notice: announced less than 24 hours before the start (§2.8).</source>
        <translation>Late notice: announced less than 24 hours before the start (§2.8).</translation>
    </message>
    <message>
        <source>Provider-liable: the platform&apos;s own failure lasted more than 48 hours (§2.8).</source>
        <translation>Provider-liable: the platform&apos;s own failure lasted more than 48 hours (§2.8).</translation>
    </message>
    <message>
        <source>Affects every active agent.</source>
        <translation>Affects every active agent.</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Affects: %1</translation>
    </message>
    <message>
        <source>Recorded by %1.</source>
        <translation>Recorded by %1.</translation>
    </message>
    <message>
        <source>[Provider-liable] %1</source>
        <translation>[Provider-liable] %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Incident #%1 recorded: %2.</source>
        <translation>Incident #%1 recorded: %2.</translation>
    </message>
    <message>
        <source>Its notice came late (§2.8).</source>
        <translation>Its notice came late (§2.8).</translation>
    </message>
    <message>
        <source>Incident #%1 closed.</source>
        <translation>Incident #%1 closed.</translation>
    </message>
    <message>
        <source>The provider is liable (§2.8).</source>
        <translation>The provider is liable (§2.8).</translation>
    </message>
    <message>
        <source>Dispute of %1 recorded against incident #%2: provider-liable (§2.8).</source>
        <translation>Dispute of %1 recorded against incident #%2: provider-liable (§2.8).</translation>
    </message>
    <message>
        <source>Dispute of %1 recorded against incident #%2.</source>
        <translation>Dispute of %1 recorded against incident #%2.</translation>
    </message>
</context>
<context>
    <name>cd::IncidentsReport</name>
    <message>
        <source>Platform incidents</source>
        <translation>Platform incidents</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Started (UTC)</translation>
    </message>
    <message>
        <source>Ended (UTC)</source>
        <translation>Ended (UTC)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Agents told (UTC)</source>
        <translation>Agents told (UTC)</translation>
    </message>
    <message>
        <source>Notice channel</source>
        <translation>Notice channel</translation>
    </message>
    <message>
        <source>Late notice</source>
        <translation>Late notice</translation>
    </message>
    <message>
        <source>Provider liable</source>
        <translation>Provider liable</translation>
    </message>
    <message>
        <source>Agents affected</source>
        <translation>Agents affected</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Provider-liable disputes</source>
        <translation>Provider-liable disputes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>cd::InitCommand</name>
    <message>
        <source>Create or upgrade the database; with --admin, create the first administrator.</source>
        <translation>Create or upgrade the database; with --admin, create the first administrator.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password comes from CHANNELDESK_PASSWORD or is asked twice. Once the database has users, add more with &quot;user add&quot;.</source>
        <translation>The administrator&apos;s password comes from CHANNELDESK_PASSWORD or is asked twice. Once the database has users, add more with &quot;user add&quot;.</translation>
    </message>
    <message>
        <source>Create the first administrator with this name.</source>
        <translation>Create the first administrator with this name.</translation>
    </message>
    <message>
        <source>Created the database %1 at schema version %2.</source>
        <translation>Created the database %1 at schema version %2.</translation>
    </message>
    <message>
        <source>Upgraded the database %1 from schema version %2 to %3.</source>
        <translation>Upgraded the database %1 from schema version %2 to %3.</translation>
    </message>
    <message>
        <source>The database %1 is up to date at schema version %2.</source>
        <translation>The database %1 is up to date at schema version %2.</translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation>Password for the new administrator %1: </translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation>Created the administrator %1.</translation>
    </message>
</context>
<context>
    <name>cd::LifecycleSweep</name>
    <message>
        <source>An auditor may not run the daily sweep.</source>
        <translation>An auditor may not run the daily sweep.</translation>
    </message>
    <message>
        <source>The sweep needs the date to run up to.</source>
        <translation>The sweep needs the date to run up to.</translation>
    </message>
</context>
<context>
    <name>cd::ListTable</name>
    <message>
        <source>&amp;Copy Row</source>
        <translation>&amp;Copy Row</translation>
    </message>
</context>
<context>
    <name>cd::LoginDialog</name>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Sign in to ChannelDesk</source>
        <translation>Sign in to ChannelDesk</translation>
    </message>
    <message>
        <source>Channel management for 400-number providers</source>
        <translation>Channel management for 400-number providers</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Your user name</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Navigation &amp;Sidebar</source>
        <translation>Navigation &amp;Sidebar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>&amp;About ChannelDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Channel management for 400-number providers: agents, contracts, prices, customers, numbers and renewals in one place.</source>
        <translation>Channel management for 400-number providers: agents, contracts, prices, customers, numbers and renewals in one place.</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Database: %1 (schema %2)</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Built with Qt %1.</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>About ChannelDesk</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find an agent, customer, number or contract from anywhere</source>
        <translation>Find an agent, customer, number or contract from anywhere</translation>
    </message>
    <message>
        <source>Updated with changes made to the database by another program.</source>
        <translation>Updated with changes made to the database by another program.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>F&amp;orward</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>cd::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>cd::NoticeChannel</name>
    <message>
        <source>Not announced</source>
        <translation>Not announced</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>cd::NoticeListModel</name>
    <message>
        <source>The provider</source>
        <translation>The provider</translation>
    </message>
    <message>
        <source>Double-click to open the number</source>
        <translation>Double-click to open the number</translation>
    </message>
    <message>
        <source>No agent serves the customer any more (taken over, §2.3)</source>
        <translation>No agent serves the customer any more (taken over, §2.3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message numerus="yes">
        <source>Paid through %1; reminded %n day(s) ahead</source>
        <translation>
            <numerusform>Paid through %1; reminded %n day ahead</numerusform>
            <numerusform>Paid through %1; reminded %n days ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended for arrears; paid through %1</source>
        <translation>Suspended for arrears; paid through %1</translation>
    </message>
    <message>
        <source>Reclaimed on %1 unless paid before</source>
        <translation>Reclaimed on %1 unless paid before</translation>
    </message>
    <message>
        <source>Reclaimed by the carrier; suspended since %1</source>
        <translation>Reclaimed by the carrier; suspended since %1</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 to %3</translation>
    </message>
</context>
<context>
    <name>cd::NoticeQuery</name>
    <message>
        <source>Renewal reminder</source>
        <translation>Renewal reminder</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Reclaim warning</source>
        <translation>Reclaim warning</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>Reclaimed</translation>
    </message>
    <message>
        <source>Maintenance notice</source>
        <translation>Maintenance notice</translation>
    </message>
</context>
<context>
    <name>cd::NoticesPage</name>
    <message>
        <source>&amp;Dated from</source>
        <translation>&amp;Dated from</translation>
    </message>
    <message>
        <source>Open &amp;Number</source>
        <translation>Open &amp;Number</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>What the provider owes agents: renewal reminders, suspensions, reclaim warnings and reclaims from the daily sweep (§2.10), and maintenance notices (§2.8).</source>
        <translation>What the provider owes agents: renewal reminders, suspensions, reclaim warnings and reclaims from the daily sweep (§2.10), and maintenance notices (§2.8).</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Open the notice&apos;s number in the Numbers area</source>
        <translation>Open the notice&apos;s number in the Numbers area</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notice(s) match</source>
        <translation>
            <numerusform>%Ln notice match</numerusform>
            <numerusform>%Ln notices match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notice(s)</source>
        <translation>
            <numerusform>%Ln notice</numerusform>
            <numerusform>%Ln notices</numerusform>
        </translation>
    </message>
    <message>
        <source>No notice matches the filters.</source>
        <translation>No notice matches the filters.</translation>
    </message>
    <message>
        <source>No notices yet. The daily sweep writes renewal, suspension and reclaim notices; recording planned maintenance writes maintenance notices.</source>
        <translation>No notices yet. The daily sweep writes renewal, suspension and reclaim notices; recording planned maintenance writes maintenance notices.</translation>
    </message>
</context>
<context>
    <name>cd::NoticesReport</name>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Recipient&apos;s code</source>
        <translation>Recipient&apos;s code</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>cd::NumberCommands</name>
    <message>
        <source>Missing --%1 YYYY-MM-DD.</source>
        <translation>Missing --%1 YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Missing --%1 %2.</source>
        <translation>Missing --%1 %2.</translation>
    </message>
    <message>
        <source>The 400 number, ten digits (separators allowed).</source>
        <translation>The 400 number, ten digits (separators allowed).</translation>
    </message>
    <message>
        <source>Activate a number for a customer; prints its paid-through date.</source>
        <translation>Activate a number for a customer; prints its paid-through date.</translation>
    </message>
    <message>
        <source>paid_through = D + M months - 1 day. Refused unless the customer passed qualification review (§3.9), its agent has an active contract (§9.2), is not terminated (§9.6) and not stopped by a penalty (§3.2), and the plan&apos;s annual fee meets the number&apos;s grade. The number must be available or reserved for the customer.</source>
        <translation>paid_through = D + M months - 1 day. Refused unless the customer passed qualification review (§3.9), its agent has an active contract (§9.2), is not terminated (§9.6) and not stopped by a penalty (§3.2), and the plan&apos;s annual fee meets the number&apos;s grade. The number must be available or reserved for the customer.</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>The customer&apos;s code.</translation>
    </message>
    <message>
        <source>The plan&apos;s code.</source>
        <translation>The plan&apos;s code.</translation>
    </message>
    <message>
        <source>The activation day.</source>
        <translation>The activation day.</translation>
    </message>
    <message>
        <source>The months paid in advance, 1 to 120.</source>
        <translation>The months paid in advance, 1 to 120.</translation>
    </message>
    <message>
        <source>A destination phone; repeat for more.</source>
        <translation>A destination phone; repeat for more.</translation>
    </message>
    <message>
        <source>--months needs a whole number of months from 1 to 120, not &quot;%1&quot;.</source>
        <translation>--months needs a whole number of months from 1 to 120, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Show a number: status, customer, plan, dates, destinations, payments.</source>
        <translation>Show a number: status, customer, plan, dates, destinations, payments.</translation>
    </message>
    <message>
        <source>One &quot;key: value&quot; line per field, then the payments, newest first, and the latest status changes with their dates.</source>
        <translation>One &quot;key: value&quot; line per field, then the payments, newest first, and the latest status changes with their dates.</translation>
    </message>
    <message>
        <source>List numbers in number order, tab-separated.</source>
        <translation>List numbers in number order, tab-separated.</translation>
    </message>
    <message>
        <source>Columns: number, carrier, grade, status, customer_uscc, agent_uscc, plan, activated_on, paid_through. At most %1 lines unless --limit says otherwise; --limit 0 lists all.</source>
        <translation>Columns: number, carrier, grade, status, customer_uscc, agent_uscc, plan, activated_on, paid_through. At most %1 lines unless --limit says otherwise; --limit 0 lists all.</translation>
    </message>
    <message>
        <source>Only this status: %1.</source>
        <translation>Only this status: %1.</translation>
    </message>
    <message>
        <source>Only this grade: %1.</source>
        <translation>Only this grade: %1.</translation>
    </message>
    <message>
        <source>Only numbers containing these digits.</source>
        <translation>Only numbers containing these digits.</translation>
    </message>
    <message>
        <source>At most this many lines; 0 for all.</source>
        <translation>At most this many lines; 0 for all.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation>Unknown status &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>Unknown grade &quot;%1&quot;: use %2.</source>
        <translation>Unknown grade &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>--digits needs digits only, not &quot;%1&quot;.</source>
        <translation>--digits needs digits only, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit needs a whole number, 0 for all, not &quot;%1&quot;.</source>
        <translation>--limit needs a whole number, 0 for all, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Hold an available number for a customer.</source>
        <translation>Hold an available number for a customer.</translation>
    </message>
    <message>
        <source>A customer holds at most reservation_limit numbers at a time; the sweep releases a reservation after reservation_days (parameters).</source>
        <translation>A customer holds at most reservation_limit numbers at a time; the sweep releases a reservation after reservation_days (parameters).</translation>
    </message>
    <message>
        <source>The day of the reservation (default today).</source>
        <translation>The day of the reservation (default today).</translation>
    </message>
    <message>
        <source>Return a reserved number to the pool.</source>
        <translation>Return a reserved number to the pool.</translation>
    </message>
    <message>
        <source>The day of the release (default today).</source>
        <translation>The day of the release (default today).</translation>
    </message>
    <message>
        <source>Cancel a number in service at the customer&apos;s request.</source>
        <translation>Cancel a number in service at the customer&apos;s request.</translation>
    </message>
    <message>
        <source>The number is kept, with status cancelled; it is never deleted.</source>
        <translation>The number is kept, with status cancelled; it is never deleted.</translation>
    </message>
    <message>
        <source>The day of the cancellation.</source>
        <translation>The day of the cancellation.</translation>
    </message>
    <message>
        <source>Replace the destination phones of a number in service.</source>
        <translation>Replace the destination phones of a number in service.</translation>
    </message>
    <message>
        <source>A Chinese mobile or landline number, in the order calls try them.</source>
        <translation>A Chinese mobile or landline number, in the order calls try them.</translation>
    </message>
    <message>
        <source>%1 is active, paid through %2.</source>
        <translation>%1 is active, paid through %2.</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>Payments: %1</translation>
    </message>
    <message>
        <source>Recent events: %1 of %2</source>
        <translation>Recent events: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n number(s) are listed; use --limit N, or --limit 0 for all.</source>
        <translation>
            <numerusform>Only the first %n number are listed; use --limit N, or --limit 0 for all.</numerusform>
            <numerusform>Only the first %n numbers are listed; use --limit N, or --limit 0 for all.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is reserved until %2.</source>
        <translation>%1 is reserved until %2.</translation>
    </message>
    <message>
        <source>%1 is available again.</source>
        <translation>%1 is available again.</translation>
    </message>
    <message>
        <source>%1 is cancelled from %2.</source>
        <translation>%1 is cancelled from %2.</translation>
    </message>
    <message>
        <source>%1 rings %2.</source>
        <translation>%1 rings %2.</translation>
    </message>
</context>
<context>
    <name>cd::NumberDetailPage</name>
    <message>
        <source>‹ All Numbers</source>
        <translation>‹ All Numbers</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Activate…</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Record &amp;Payment…</translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation>&amp;Destinations…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Number…</source>
        <translation>Ca&amp;ncel Number…</translation>
    </message>
    <message>
        <source>Back to the list of numbers (Esc)</source>
        <translation>Back to the list of numbers (Esc)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>No status changes yet: the number is in the pool.</source>
        <translation>No status changes yet: the number is in the pool.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>No renewal payments yet.</source>
        <translation>No renewal payments yet.</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Payments</translation>
    </message>
    <message>
        <source>Calls to the number ring these phones in order.</source>
        <translation>Calls to the number ring these phones in order.</translation>
    </message>
    <message>
        <source>D&amp;estinations</source>
        <translation>D&amp;estinations</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Opened by agent:</source>
        <translation>Opened by agent:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <source>Activated:</source>
        <translation>Activated:</translation>
    </message>
    <message>
        <source>Paid through:</source>
        <translation>Paid through:</translation>
    </message>
    <message>
        <source>Suspended:</source>
        <translation>Suspended:</translation>
    </message>
    <message>
        <source>Reclaimed:</source>
        <translation>Reclaimed:</translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation>Cancelled:</translation>
    </message>
    <message>
        <source>Status since:</source>
        <translation>Status since:</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>fraud, §3.9</source>
        <translation>fraud, §3.9</translation>
    </message>
    <message>
        <source>arrears, §2.10</source>
        <translation>arrears, §2.10</translation>
    </message>
    <message>
        <source>&amp;Payments (%1)</source>
        <translation>&amp;Payments (%1)</translation>
    </message>
    <message>
        <source>D&amp;estinations (%1)</source>
        <translation>D&amp;estinations (%1)</translation>
    </message>
</context>
<context>
    <name>cd::NumberEventsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>cd::NumberListModel</name>
    <message>
        <source>The agent that opened the number</source>
        <translation>The agent that opened the number</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Paid through</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>Reclaimed</translation>
    </message>
</context>
<context>
    <name>cd::NumberService</name>
    <message>
        <source>&quot;%1&quot; is not a 400 number: ten digits starting with 400.</source>
        <translation>&quot;%1&quot; is not a 400 number: ten digits starting with 400.</translation>
    </message>
    <message>
        <source>The number %1 is not in the pool.</source>
        <translation>The number %1 is not in the pool.</translation>
    </message>
    <message>
        <source>An auditor may not change numbers.</source>
        <translation>An auditor may not change numbers.</translation>
    </message>
    <message>
        <source>A reservation needs its date.</source>
        <translation>A reservation needs its date.</translation>
    </message>
    <message>
        <source>%1 is %2, not available.</source>
        <translation>%1 is %2, not available.</translation>
    </message>
    <message>
        <source>%1 already holds %2 reserved numbers, the limit.</source>
        <translation>%1 already holds %2 reserved numbers, the limit.</translation>
    </message>
    <message>
        <source>%1 is not reserved.</source>
        <translation>%1 is not reserved.</translation>
    </message>
    <message>
        <source>An activation needs its date.</source>
        <translation>An activation needs its date.</translation>
    </message>
    <message>
        <source>An activation pays for 1 to 120 months, not %1.</source>
        <translation>An activation pays for 1 to 120 months, not %1.</translation>
    </message>
    <message>
        <source>The destination &quot;%1&quot; is not a Chinese phone number.</source>
        <translation>The destination &quot;%1&quot; is not a Chinese phone number.</translation>
    </message>
    <message>
        <source>%1 is %2; only an available number, or one reserved for this customer, can be activated.</source>
        <translation>%1 is %2; only an available number, or one reserved for this customer, can be activated.</translation>
    </message>
    <message>
        <source>%1 has not passed qualification review (%2); its numbers cannot be activated yet.</source>
        <translation>%1 has not passed qualification review (%2); its numbers cannot be activated yet.</translation>
    </message>
    <message>
        <source>The plan %1 is no longer offered.</source>
        <translation>The plan %1 is no longer offered.</translation>
    </message>
    <message>
        <source>%1 is a %2 number: it needs a plan of at least %3 a year; %4 costs %5.</source>
        <translation>%1 is a %2 number: it needs a plan of at least %3 a year; %4 costs %5.</translation>
    </message>
    <message>
        <source>%1 is not in service; it has no destinations.</source>
        <translation>%1 is not in service; it has no destinations.</translation>
    </message>
    <message>
        <source>%1 is %2; only a number in service can be cancelled.</source>
        <translation>%1 is %2; only a number in service can be cancelled.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a carrier; use telecom, unicom or mobile.</source>
        <translation>&quot;%1&quot; is not a carrier; use telecom, unicom or mobile.</translation>
    </message>
    <message>
        <source>An available number carries no customer, plan or dates; set status to active for a number in service.</source>
        <translation>An available number carries no customer, plan or dates; set status to active for a number in service.</translation>
    </message>
    <message>
        <source>An active number needs its customer&apos;s code.</source>
        <translation>An active number needs its customer&apos;s code.</translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>There is no customer with the code %1.</translation>
    </message>
    <message>
        <source>An active number needs its plan.</source>
        <translation>An active number needs its plan.</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>There is no plan %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The number is paid through %1, before its activation on %2.</source>
        <translation>The number is paid through %1, before its activation on %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here; use available or active.</source>
        <translation>&quot;%1&quot; is not allowed here; use available or active.</translation>
    </message>
    <message>
        <source>%1 is already in the pool.</source>
        <translation>%1 is already in the pool.</translation>
    </message>
    <message>
        <source>There is no number with the id %1.</source>
        <translation>There is no number with the id %1.</translation>
    </message>
</context>
<context>
    <name>cd::NumberStatus</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>Reclaimed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>cd::NumberStyle</name>
    <message>
        <source>Blocked (fraud)</source>
        <translation>Blocked (fraud)</translation>
    </message>
    <message>
        <source>Suspended (arrears)</source>
        <translation>Suspended (arrears)</translation>
    </message>
    <message>
        <source>Blocked for fraud since %1 (§3.9): every number of the customer was blocked at once, and a payment does not reactivate it.</source>
        <translation>Blocked for fraud since %1 (§3.9): every number of the customer was blocked at once, and a payment does not reactivate it.</translation>
    </message>
    <message>
        <source>Suspended for arrears since %1: a payment makes it active again from the payment date (§2.10).</source>
        <translation>Suspended for arrears since %1: a payment makes it active again from the payment date (§2.10).</translation>
    </message>
    <message>
        <source>Reclaimed by the carrier on %1; reclaiming is permanent and a payment is refused (§2.10).</source>
        <translation>Reclaimed by the carrier on %1; reclaiming is permanent and a payment is refused (§2.10).</translation>
    </message>
    <message>
        <source>Reserved for %1 until %2.</source>
        <translation>Reserved for %1 until %2.</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>a customer</translation>
    </message>
    <message>
        <source>Cancelled at the customer&apos;s request on %1.</source>
        <translation>Cancelled at the customer&apos;s request on %1.</translation>
    </message>
</context>
<context>
    <name>cd::NumbersPage</name>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Activate…</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Record &amp;Payment…</translation>
    </message>
    <message>
        <source>&amp;Reserve…</source>
        <translation>&amp;Reserve…</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Re&amp;lease</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Ca&amp;ncel…</translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation>&amp;Destinations…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>The 400-number pool and each number&apos;s life: reserved, active, suspended, reclaimed or cancelled.</source>
        <translation>The 400-number pool and each number&apos;s life: reserved, active, suspended, reclaimed or cancelled.</translation>
    </message>
    <message>
        <source>Activate a number for an approved customer (§3.9)</source>
        <translation>Activate a number for an approved customer (§3.9)</translation>
    </message>
    <message>
        <source>Digits, e.g. 8888</source>
        <translation>Digits, e.g. 8888</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>Agent credit code</source>
        <translation>Agent credit code</translation>
    </message>
    <message>
        <source>Numbers opened by this agent</source>
        <translation>Numbers opened by this agent</translation>
    </message>
    <message>
        <source>D&amp;igits:</source>
        <translation>D&amp;igits:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grade:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>Cancel the number at the customer&apos;s request</source>
        <translation>Cancel the number at the customer&apos;s request</translation>
    </message>
    <message>
        <source>No agent has the credit code %1.</source>
        <translation>No agent has the credit code %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) match</source>
        <translation>
            <numerusform>%Ln number match</numerusform>
            <numerusform>%Ln numbers match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>No number matches the filters.</source>
        <translation>No number matches the filters.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 activated for %2; paid through %3.</source>
        <translation>%1 activated for %2; paid through %3.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded for %2: paid through %3.</source>
        <translation>Payment of %1 recorded for %2: paid through %3.</translation>
    </message>
    <message>
        <source>%1 reserved for %2.</source>
        <translation>%1 reserved for %2.</translation>
    </message>
    <message>
        <source>Destinations of %1 saved.</source>
        <translation>Destinations of %1 saved.</translation>
    </message>
    <message>
        <source>%1 released to the pool.</source>
        <translation>%1 released to the pool.</translation>
    </message>
    <message>
        <source>Cancel Number</source>
        <translation>Cancel Number</translation>
    </message>
    <message>
        <source>Cancel %1 at the customer&apos;s request? The number leaves service today; a cancelled number is kept on record but never returns.</source>
        <translation>Cancel %1 at the customer&apos;s request? The number leaves service today; a cancelled number is kept on record but never returns.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 cancelled.</translation>
    </message>
    <message>
        <source>%1 is reserved again.</source>
        <translation>%1 is reserved again.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>The earlier destinations of %1 are back.</source>
        <translation>The earlier destinations of %1 are back.</translation>
    </message>
    <message>
        <source>The pool is empty. Numbers arrive by CSV import: File › Import › Numbers, or channeldesk-cli import numbers.</source>
        <translation>The pool is empty. Numbers arrive by CSV import: File › Import › Numbers, or channeldesk-cli import numbers.</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Reclaimed by %1 (§2.10)</source>
        <translation>Reclaimed by %1 (§2.10)</translation>
    </message>
</context>
<context>
    <name>cd::NumbersReport</name>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer&apos;s code</source>
        <translation>Customer&apos;s code</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>Agent&apos;s code</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Activated on</source>
        <translation>Activated on</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Paid through</translation>
    </message>
    <message>
        <source>Suspended on</source>
        <translation>Suspended on</translation>
    </message>
    <message>
        <source>Reclaimed on</source>
        <translation>Reclaimed on</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Cancelled on</translation>
    </message>
</context>
<context>
    <name>cd::OperatingRights</name>
    <message>
        <source>%1 is terminated: it may renew and serve its existing customers but may not open new numbers.</source>
        <translation>%1 is terminated: it may renew and serve its existing customers but may not open new numbers.</translation>
    </message>
    <message>
        <source>The parent agent %1 of %2 is terminated; its network may not open new numbers.</source>
        <translation>The parent agent %1 of %2 is terminated; its network may not open new numbers.</translation>
    </message>
    <message>
        <source>%1 has no active contract on %2; a new number needs one.</source>
        <translation>%1 has no active contract on %2; a new number needs one.</translation>
    </message>
    <message>
        <source>%1 is stopped from new activations until %2 as a penalty.</source>
        <translation>%1 is stopped from new activations until %2 as a penalty.</translation>
    </message>
</context>
<context>
    <name>cd::ParamCommands</name>
    <message>
        <source>List the business parameters, tab-separated.</source>
        <translation>List the business parameters, tab-separated.</translation>
    </message>
    <message>
        <source>Columns: key, value, clause, description.</source>
        <translation>Columns: key, value, clause, description.</translation>
    </message>
    <message>
        <source>Change a business parameter (administrators only).</source>
        <translation>Change a business parameter (administrators only).</translation>
    </message>
    <message>
        <source>The parameter, as shown by &quot;param list&quot;.</source>
        <translation>The parameter, as shown by &quot;param list&quot;.</translation>
    </message>
    <message>
        <source>A whole number; for a list, whole numbers separated by commas.</source>
        <translation>A whole number; for a list, whole numbers separated by commas.</translation>
    </message>
</context>
<context>
    <name>cd::Parameters</name>
    <message>
        <source>Grace period after paid-through date (days)</source>
        <translation>Grace period after paid-through date (days)</translation>
    </message>
    <message>
        <source>Arrears suspension before reclaim (days)</source>
        <translation>Arrears suspension before reclaim (days)</translation>
    </message>
    <message>
        <source>Reclaim warning before reclaim (days)</source>
        <translation>Reclaim warning before reclaim (days)</translation>
    </message>
    <message>
        <source>Renewal reminders before paid-through date (days)</source>
        <translation>Renewal reminders before paid-through date (days)</translation>
    </message>
    <message>
        <source>Minimum margin (% of retail fee)</source>
        <translation>Minimum margin (% of retail fee)</translation>
    </message>
    <message>
        <source>Quarterly completion for promotion (%)</source>
        <translation>Quarterly completion for promotion (%)</translation>
    </message>
    <message>
        <source>Reserved numbers per customer</source>
        <translation>Reserved numbers per customer</translation>
    </message>
    <message>
        <source>Reservation expires after (days)</source>
        <translation>Reservation expires after (days)</translation>
    </message>
    <message>
        <source>Wait after takeover reminder (days)</source>
        <translation>Wait after takeover reminder (days)</translation>
    </message>
    <message>
        <source>Training due after first contract (days)</source>
        <translation>Training due after first contract (days)</translation>
    </message>
    <message>
        <source>Minimum annual fee for premium numbers (fen)</source>
        <translation>Minimum annual fee for premium numbers (fen)</translation>
    </message>
    <message>
        <source>Minimum annual fee for special numbers (fen)</source>
        <translation>Minimum annual fee for special numbers (fen)</translation>
    </message>
    <message>
        <source>First follow-up review after activation (days)</source>
        <translation>First follow-up review after activation (days)</translation>
    </message>
    <message>
        <source>Follow-up interval for supervised agents (days)</source>
        <translation>Follow-up interval for supervised agents (days)</translation>
    </message>
    <message>
        <source>Skip customers checked within (days)</source>
        <translation>Skip customers checked within (days)</translation>
    </message>
    <message>
        <source>Failed sign-ins before the account locks</source>
        <translation>Failed sign-ins before the account locks</translation>
    </message>
    <message>
        <source>Account lock duration (minutes)</source>
        <translation>Account lock duration (minutes)</translation>
    </message>
    <message>
        <source>An unpaid number stays active this many days after its paid-through date, then is suspended for arrears.</source>
        <translation>An unpaid number stays active this many days after its paid-through date, then is suspended for arrears.</translation>
    </message>
    <message>
        <source>The carrier reclaims a number this many days after its arrears suspension.</source>
        <translation>The carrier reclaims a number this many days after its arrears suspension.</translation>
    </message>
    <message>
        <source>A reclaim warning goes to the service owner this many days before the reclaim.</source>
        <translation>A reclaim warning goes to the service owner this many days before the reclaim.</translation>
    </message>
    <message>
        <source>Renewal notices go to the service owner this many days before the paid-through date; separate several with commas.</source>
        <translation>Renewal notices go to the service owner this many days before the paid-through date; separate several with commas.</translation>
    </message>
    <message>
        <source>Every price chain keeps at least this margin above carrier cost and below the retail fee.</source>
        <translation>Every price chain keeps at least this margin above carrier cost and below the retail fee.</translation>
    </message>
    <message>
        <source>An agent completing at least this share of its quarterly task is proposed for one tier up.</source>
        <translation>An agent completing at least this share of its quarterly task is proposed for one tier up.</translation>
    </message>
    <message>
        <source>How many numbers one customer may hold reserved at a time.</source>
        <translation>How many numbers one customer may hold reserved at a time.</translation>
    </message>
    <message>
        <source>A reserved number returns to the pool after this many days.</source>
        <translation>A reserved number returns to the pool after this many days.</translation>
    </message>
    <message>
        <source>A terminated agent&apos;s customers may be taken over this many days after a reminder without correction.</source>
        <translation>A terminated agent&apos;s customers may be taken over this many days after a reminder without correction.</translation>
    </message>
    <message>
        <source>An agent not trained within this many days of its first contract is listed as overdue.</source>
        <translation>An agent not trained within this many days of its first contract is listed as overdue.</translation>
    </message>
    <message>
        <source>Premium numbers (last four digits the same) need a plan with at least this annual fee.</source>
        <translation>Premium numbers (last four digits the same) need a plan with at least this annual fee.</translation>
    </message>
    <message>
        <source>Special numbers (AABB, ABAB, ABCD or AAA endings) need a plan with at least this annual fee.</source>
        <translation>Special numbers (AABB, ABAB, ABCD or AAA endings) need a plan with at least this annual fee.</translation>
    </message>
    <message>
        <source>The first follow-up review is due this many days after activation, then yearly.</source>
        <translation>The first follow-up review is due this many days after activation, then yearly.</translation>
    </message>
    <message>
        <source>Customers of supervised agents get a follow-up review this often.</source>
        <translation>Customers of supervised agents get a follow-up review this often.</translation>
    </message>
    <message>
        <source>A spot-check draw skips customers checked within this many days.</source>
        <translation>A spot-check draw skips customers checked within this many days.</translation>
    </message>
    <message>
        <source>After this many wrong passwords in a row the account is locked for a while.</source>
        <translation>After this many wrong passwords in a row the account is locked for a while.</translation>
    </message>
    <message>
        <source>How long a locked account stays locked.</source>
        <translation>How long a locked account stays locked.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: &quot;%2&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3 to %4.</source>
        <translation>%1: %2 is outside the allowed range %3 to %4.</translation>
    </message>
    <message>
        <source>There is no parameter &quot;%1&quot;.</source>
        <translation>There is no parameter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only an administrator may change business parameters.</source>
        <translation>Only an administrator may change business parameters.</translation>
    </message>
</context>
<context>
    <name>cd::ParametersPage</name>
    <message>
        <source>Renewals, suspension and reclaim</source>
        <translation>Renewals, suspension and reclaim</translation>
    </message>
    <message>
        <source>Pricing and tiers</source>
        <translation>Pricing and tiers</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Service, reviews and training</source>
        <translation>Service, reviews and training</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>The business parameters that tune the rules. A change applies from the moment it is saved and is recorded in the audit log.</source>
        <translation>The business parameters that tune the rules. A change applies from the moment it is saved and is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Put every default value into the form; nothing is saved until you press Save.</source>
        <translation>Put every default value into the form; nothing is saved until you press Save.</translation>
    </message>
    <message>
        <source>Default %1</source>
        <translation>Default %1</translation>
    </message>
    <message>
        <source>Default %1 · %2</source>
        <translation>Default %1 · %2</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved, then:</source>
        <translation>
            <numerusform>%n change saved, then:</numerusform>
            <numerusform>%n changes saved, then:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved. They apply from now on and are recorded in the audit log.</source>
        <translation>
            <numerusform>%n change saved. They apply from now on and are recorded in the audit log.</numerusform>
            <numerusform>%n changes saved. They apply from now on and are recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PaymentCommands</name>
    <message>
        <source>Record a renewal payment; prints the period it covers (§2.10).</source>
        <translation>Record a renewal payment; prints the period it covers (§2.10).</translation>
    </message>
    <message>
        <source>M months cover the calendar months after the old paid_through, not after the payment date. A number suspended for arrears is active again from the payment date; a number blocked for fraud stays blocked (§3.9); a reclaimed number takes no payment (§2.10).</source>
        <translation>M months cover the calendar months after the old paid_through, not after the payment date. A number suspended for arrears is active again from the payment date; a number blocked for fraud stays blocked (§3.9); a reclaimed number takes no payment (§2.10).</translation>
    </message>
    <message>
        <source>The 400 number.</source>
        <translation>The 400 number.</translation>
    </message>
    <message>
        <source>The amount in fen (12345 is ¥123.45).</source>
        <translation>The amount in fen (12345 is ¥123.45).</translation>
    </message>
    <message>
        <source>The payment date.</source>
        <translation>The payment date.</translation>
    </message>
    <message>
        <source>The months paid, 1 to 120.</source>
        <translation>The months paid, 1 to 120.</translation>
    </message>
    <message>
        <source>Missing --fen N.</source>
        <translation>Missing --fen N.</translation>
    </message>
    <message>
        <source>--fen needs a whole number of fen above zero, not &quot;%1&quot;.</source>
        <translation>--fen needs a whole number of fen above zero, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Missing --date YYYY-MM-DD.</source>
        <translation>Missing --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Missing --months M.</source>
        <translation>Missing --months M.</translation>
    </message>
    <message>
        <source>--months needs a whole number of months from 1 to 120, not &quot;%1&quot;.</source>
        <translation>--months needs a whole number of months from 1 to 120, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Recorded %1 for %2: %3 to %4.</source>
        <translation>Recorded %1 for %2: %3 to %4.</translation>
    </message>
    <message>
        <source>%1 is paid through %2; status %3.</source>
        <translation>%1 is paid through %2; status %3.</translation>
    </message>
    <message>
        <source>The number stays blocked for fraud; a payment does not lift a block (§3.9).</source>
        <translation>The number stays blocked for fraud; a payment does not lift a block (§3.9).</translation>
    </message>
</context>
<context>
    <name>cd::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>Record Payment</translation>
    </message>
    <message>
        <source>400 number</source>
        <translation>400 number</translation>
    </message>
    <message>
        <source>Yuan, e.g. 1200 or 1,200.50</source>
        <translation>Yuan, e.g. 1200 or 1,200.50</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>A payment of M months covers the M calendar months after the old paid-through date, whatever the day it is paid (§2.10).</source>
        <translation>A payment of M months covers the M calendar months after the old paid-through date, whatever the day it is paid (§2.10).</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>&amp;Amount (¥):</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Paid &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Months:</translation>
    </message>
    <message>
        <source>Type the number that is paid for.</source>
        <translation>Type the number that is paid for.</translation>
    </message>
    <message>
        <source>%1 · paid through %2</source>
        <translation>%1 · paid through %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · plan %2, %3 a year</source>
        <translation>%1 · plan %2, %3 a year</translation>
    </message>
    <message>
        <source>Type the amount paid.</source>
        <translation>Type the amount paid.</translation>
    </message>
    <message>
        <source>Not an amount in yuan: digits with at most two decimals, e.g. 1200 or 1,200.50.</source>
        <translation>Not an amount in yuan: digits with at most two decimals, e.g. 1200 or 1,200.50.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount in yuan.</source>
        <translation>The amount &quot;%1&quot; is not an amount in yuan.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>The amount must be above zero.</translation>
    </message>
    <message>
        <source>A payment must be above zero (§2.10).</source>
        <translation>A payment must be above zero (§2.10).</translation>
    </message>
    <message>
        <source>%1 was reclaimed by the carrier on %2: reclaiming is permanent and a payment is refused (§2.10).</source>
        <translation>%1 was reclaimed by the carrier on %2: reclaiming is permanent and a payment is refused (§2.10).</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2; it takes no payment.</source>
        <translation>%1 was cancelled on %2; it takes no payment.</translation>
    </message>
    <message>
        <source>%1 is not in service; activate it first.</source>
        <translation>%1 is not in service; activate it first.</translation>
    </message>
    <message>
        <source>Covers %1 to %2 (from the old paid-through date, §2.10).</source>
        <translation>Covers %1 to %2 (from the old paid-through date, §2.10).</translation>
    </message>
    <message>
        <source>The number stays blocked: a fraud block is not lifted by a payment (§3.9).</source>
        <translation>The number stays blocked: a fraud block is not lifted by a payment (§3.9).</translation>
    </message>
    <message>
        <source>Suspended for arrears since %1: active again from the payment date, %2.</source>
        <translation>Suspended for arrears since %1: active again from the payment date, %2.</translation>
    </message>
    <message>
        <source>Overdue since %1: the payment keeps it in service.</source>
        <translation>Overdue since %1: the payment keeps it in service.</translation>
    </message>
    <message>
        <source>An auditor may not record payments.</source>
        <translation>An auditor may not record payments.</translation>
    </message>
    <message>
        <source>What stops the payment:</source>
        <translation>What stops the payment:</translation>
    </message>
</context>
<context>
    <name>cd::PaymentListModel</name>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Covers from</source>
        <translation>Covers from</translation>
    </message>
    <message>
        <source>Covers to</source>
        <translation>Covers to</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
</context>
<context>
    <name>cd::PaymentService</name>
    <message>
        <source>An auditor may not record payments.</source>
        <translation>An auditor may not record payments.</translation>
    </message>
    <message>
        <source>A payment must be above zero.</source>
        <translation>A payment must be above zero.</translation>
    </message>
    <message>
        <source>A payment covers 1 to 120 months, not %1.</source>
        <translation>A payment covers 1 to 120 months, not %1.</translation>
    </message>
    <message>
        <source>A payment needs its date.</source>
        <translation>A payment needs its date.</translation>
    </message>
    <message>
        <source>%1 was reclaimed by the carrier on %2; it can no longer be renewed.</source>
        <translation>%1 was reclaimed by the carrier on %2; it can no longer be renewed.</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2; it takes no payment.</source>
        <translation>%1 was cancelled on %2; it takes no payment.</translation>
    </message>
    <message>
        <source>%1 is not in service; activate it first.</source>
        <translation>%1 is not in service; activate it first.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in fen above zero.</source>
        <translation>&quot;%1&quot; is not an amount in fen above zero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of months from 1 to 120.</source>
        <translation>&quot;%1&quot; is not a number of months from 1 to 120.</translation>
    </message>
</context>
<context>
    <name>cd::PenaltyDialog</name>
    <message>
        <source>Decide Penalty</source>
        <translation>Decide Penalty</translation>
    </message>
    <message>
        <source>Yuan, e.g. 5000 or 1250.50</source>
        <translation>Yuan, e.g. 5000 or 1250.50</translation>
    </message>
    <message>
        <source>Optional: decision reference, remarks</source>
        <translation>Optional: decision reference, remarks</translation>
    </message>
    <message>
        <source>Penalty for Case #%1</source>
        <translation>Penalty for Case #%1</translation>
    </message>
    <message>
        <source>%1 · found %2 · %3 · tier %4</source>
        <translation>%1 · found %2 · %3 · tier %4</translation>
    </message>
    <message>
        <source>&amp;Penalty:</source>
        <translation>&amp;Penalty:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <source>&amp;Fine:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>Stop &amp;from:</source>
        <translation>Stop &amp;from:</translation>
    </message>
    <message>
        <source>Stop &amp;until:</source>
        <translation>Stop &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Record Penalty</source>
        <translation>Record Penalty</translation>
    </message>
    <message>
        <source>A warning to %1 is put on record (§3.2). Nothing else changes.</source>
        <translation>A warning to %1 is put on record (§3.2). Nothing else changes.</translation>
    </message>
    <message>
        <source>A fine of %1 on %2 is put on record (§3.2).</source>
        <translation>A fine of %1 on %2 is put on record (§3.2).</translation>
    </message>
    <message>
        <source>Enter the fine in yuan, e.g. 5000 or 1250.50.</source>
        <translation>Enter the fine in yuan, e.g. 5000 or 1250.50.</translation>
    </message>
    <message>
        <source>%1 goes down one tier, from %2 to %3, from %4. A downgrade is the only way a tier ever goes down, and only one tier at a time (§3.2).</source>
        <translation>%1 goes down one tier, from %2 to %3, from %4. A downgrade is the only way a tier ever goes down, and only one tier at a time (§3.2).</translation>
    </message>
    <message>
        <source>%1 is already at the lowest tier (%2); it cannot be downgraded (§3.2).</source>
        <translation>%1 is already at the lowest tier (%2); it cannot be downgraded (§3.2).</translation>
    </message>
    <message>
        <source>The stop must end on or after the day it starts.</source>
        <translation>The stop must end on or after the day it starts.</translation>
    </message>
    <message>
        <source>From %1 to %2, %3 may not open numbers for new customers; it keeps renewing and serving the ones it has (§3.2).</source>
        <translation>From %1 to %2, %3 may not open numbers for new customers; it keeps renewing and serving the ones it has (§3.2).</translation>
    </message>
    <message>
        <source>%1 has no active contract to terminate.</source>
        <translation>%1 has no active contract to terminate.</translation>
    </message>
    <message>
        <source>Contract %1 is terminated under §3.2 on %2 and %3 becomes terminated. It may still renew and serve its customers but may not open new numbers (§9.6).</source>
        <translation>Contract %1 is terminated under §3.2 on %2 and %3 becomes terminated. It may still renew and serve its customers but may not open new numbers (§9.6).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of yuan.</source>
        <translation>&quot;%1&quot; is not an amount of yuan.</translation>
    </message>
    <message>
        <source>Fine of %1 recorded on case #%2 (§3.2).</source>
        <translation>Fine of %1 recorded on case #%2 (§3.2).</translation>
    </message>
    <message>
        <source>%1 recorded on case #%2 (§3.2).</source>
        <translation>%1 recorded on case #%2 (§3.2).</translation>
    </message>
</context>
<context>
    <name>cd::PenaltyKind</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>One-tier downgrade</source>
        <translation>One-tier downgrade</translation>
    </message>
    <message>
        <source>Stop on new activations</source>
        <translation>Stop on new activations</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Termination</translation>
    </message>
</context>
<context>
    <name>cd::PerformanceReport</name>
    <message>
        <source>Quarterly performance</source>
        <translation>Quarterly performance</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>Agent&apos;s code</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>Completion (%)</source>
        <translation>Completion (%)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Proposed tier</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
</context>
<context>
    <name>cd::PlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation>New Plan</translation>
    </message>
    <message>
        <source>e.g. T-3000</source>
        <translation>e.g. T-3000</translation>
    </message>
    <message>
        <source>In yuan, e.g. 3000</source>
        <translation>In yuan, e.g. 3000</translation>
    </message>
    <message>
        <source>In yuan, e.g. 0.12</source>
        <translation>In yuan, e.g. 0.12</translation>
    </message>
    <message>
        <source>What the carrier charges a year, in yuan</source>
        <translation>What the carrier charges a year, in yuan</translation>
    </message>
    <message>
        <source>A yearly package. Give it an agent price for every tier at both levels before numbers are sold on it.</source>
        <translation>A yearly package. Give it an agent price for every tier at both levels before numbers are sold on it.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>C&amp;arrier:</translation>
    </message>
    <message>
        <source>Annual retail &amp;fee (¥):</source>
        <translation>Annual retail &amp;fee (¥):</translation>
    </message>
    <message>
        <source>Included &amp;minutes:</source>
        <translation>Included &amp;minutes:</translation>
    </message>
    <message>
        <source>Per-minute &amp;rate (¥):</source>
        <translation>Per-minute &amp;rate (¥):</translation>
    </message>
    <message>
        <source>Carrier c&amp;ost (¥):</source>
        <translation>Carrier c&amp;ost (¥):</translation>
    </message>
    <message>
        <source>Add Plan</source>
        <translation>Add Plan</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan, e.g. 3000 or 0.12.</source>
        <translation>%1: &quot;%2&quot; is not an amount in yuan, e.g. 3000 or 0.12.</translation>
    </message>
    <message>
        <source>Annual retail fee</source>
        <translation>Annual retail fee</translation>
    </message>
    <message>
        <source>Per-minute rate</source>
        <translation>Per-minute rate</translation>
    </message>
    <message>
        <source>Carrier cost</source>
        <translation>Carrier cost</translation>
    </message>
</context>
<context>
    <name>cd::PlanListModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>%1 %2: retail %3 a year with %4 minutes, then %5 a minute; the carrier charges %6.</source>
        <translation>%1 %2: retail %3 a year with %4 minutes, then %5 a minute; the carrier charges %6.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Retail fee</source>
        <translation>Retail fee</translation>
    </message>
    <message>
        <source>Carrier cost</source>
        <translation>Carrier cost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::PlanPricesView</name>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;New Plan…</translation>
    </message>
    <message>
        <source>Import P&amp;lans…</source>
        <translation>Import P&amp;lans…</translation>
    </message>
    <message>
        <source>Import P&amp;rices…</source>
        <translation>Import P&amp;rices…</translation>
    </message>
    <message>
        <source>&amp;Change Price…</source>
        <translation>&amp;Change Price…</translation>
    </message>
    <message>
        <source>&amp;Global Cut…</source>
        <translation>&amp;Global Cut…</translation>
    </message>
    <message>
        <source>Change the selected price from a date (§2.4)</source>
        <translation>Change the selected price from a date (§2.4)</translation>
    </message>
    <message>
        <source>Lower every agent price of one plan or of all plans (§2.4)</source>
        <translation>Lower every agent price of one plan or of all plans (§2.4)</translation>
    </message>
    <message>
        <source>No plans yet. Add one with &quot;New Plan…&quot; or import a file of plans.</source>
        <translation>No plans yet. Add one with &quot;New Plan…&quot; or import a file of plans.</translation>
    </message>
    <message>
        <source>In force &amp;on:</source>
        <translation>In force &amp;on:</translation>
    </message>
    <message>
        <source>Select a price in the matrix to see its history.</source>
        <translation>Select a price in the matrix to see its history.</translation>
    </message>
    <message>
        <source>Agent prices</source>
        <translation>Agent prices</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Agent prices of %1 – %2</source>
        <translation>Agent prices of %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) missing on %1: every plan needs an agent price for each tier at both levels.</source>
        <translation>
            <numerusform>%n price missing on %1: every plan needs an agent price for each tier at both levels.</numerusform>
            <numerusform>%n prices missing on %1: every plan needs an agent price for each tier at both levels.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of the %1 price</source>
        <translation>History of the %1 price</translation>
    </message>
    <message>
        <source>Plan %1 added. Give it a price for every tier at both levels.</source>
        <translation>Plan %1 added. Give it a price for every tier at both levels.</translation>
    </message>
    <message>
        <source>%1 of %2 is %3 from %4.</source>
        <translation>%1 of %2 is %3 from %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) cut from %1.</source>
        <translation>
            <numerusform>%n price cut from %1.</numerusform>
            <numerusform>%n prices cut from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>cd::PlanService</name>
    <message>
        <source>&quot;%1&quot; is not a plan code: use up to 32 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&quot;%1&quot; is not a plan code: use up to 32 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation>A plan with the code %1 already exists.</translation>
    </message>
    <message>
        <source>The plan&apos;s name is required.</source>
        <translation>The plan&apos;s name is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a carrier; use telecom, unicom or mobile.</source>
        <translation>&quot;%1&quot; is not a carrier; use telecom, unicom or mobile.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an annual fee in fen (a whole number above 0).</source>
        <translation>&quot;%1&quot; is not an annual fee in fen (a whole number above 0).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of minutes.</source>
        <translation>&quot;%1&quot; is not a whole number of minutes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a per-minute rate in fen.</source>
        <translation>&quot;%1&quot; is not a per-minute rate in fen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a carrier cost in fen.</source>
        <translation>&quot;%1&quot; is not a carrier cost in fen.</translation>
    </message>
    <message>
        <source>The carrier cost %1 is not below the annual fee %2; no agent price could fit.</source>
        <translation>The carrier cost %1 is not below the annual fee %2; no agent price could fit.</translation>
    </message>
    <message>
        <source>Only an administrator may change plans and prices.</source>
        <translation>Only an administrator may change plans and prices.</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>There is no plan %1.</translation>
    </message>
    <message>
        <source>There is no plan with the id %1.</source>
        <translation>There is no plan with the id %1.</translation>
    </message>
</context>
<context>
    <name>cd::PriceChain</name>
    <message>
        <source>level-%1 %2</source>
        <translation>level-%1 %2</translation>
    </message>
    <message>
        <source>Plan %1 on %2: %3</source>
        <translation>Plan %1 on %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 is below carrier cost %3 + margin %4 = %5.</source>
        <translation>%1 %2 is below carrier cost %3 + margin %4 = %5.</translation>
    </message>
    <message>
        <source>%1 %2 is above %3 %4; a better tier must not cost more.</source>
        <translation>%1 %2 is above %3 %4; a better tier must not cost more.</translation>
    </message>
    <message>
        <source>%1 %2 is above %3 %4; level 1 must not pay more than level 2.</source>
        <translation>%1 %2 is above %3 %4; level 1 must not pay more than level 2.</translation>
    </message>
    <message>
        <source>%1 %2 is above retail fee %3 − margin %4 = %5.</source>
        <translation>%1 %2 is above retail fee %3 − margin %4 = %5.</translation>
    </message>
</context>
<context>
    <name>cd::PriceChangeDialog</name>
    <message>
        <source>Change Price</source>
        <translation>Change Price</translation>
    </message>
    <message>
        <source>Level 1 (buys from the provider)</source>
        <translation>Level 1 (buys from the provider)</translation>
    </message>
    <message>
        <source>Level 2 (buys through its parent)</source>
        <translation>Level 2 (buys through its parent)</translation>
    </message>
    <message>
        <source>In yuan, e.g. 1234.50</source>
        <translation>In yuan, e.g. 1234.50</translation>
    </message>
    <message>
        <source>Carrier price adjustment</source>
        <translation>Carrier price adjustment</translation>
    </message>
    <message>
        <source>Change of state policy</source>
        <translation>Change of state policy</translation>
    </message>
    <message>
        <source>The document&apos;s number, e.g. 工信部通〔2026〕12号</source>
        <translation>The document&apos;s number, e.g. 工信部通〔2026〕12号</translation>
    </message>
    <message>
        <source>Change a price of %1</source>
        <translation>Change a price of %1</translation>
    </message>
    <message>
        <source>%1 · retail %2 · carrier cost %3. The new price applies from its date; the old one stays in the history. Lowering is always allowed while the price chain stays whole.</source>
        <translation>%1 · retail %2 · carrier cost %3. The new price applies from its date; the old one stays in the history. Lowering is always allowed while the price chain stays whole.</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>In force then:</source>
        <translation>In force then:</translation>
    </message>
    <message>
        <source>New &amp;price (¥):</source>
        <translation>New &amp;price (¥):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eference:</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <source>No price yet</source>
        <translation>No price yet</translation>
    </message>
    <message>
        <source>This raises %1 from %2 to %3. Agent prices stay stable (§2.4): a raise is allowed only for a carrier price adjustment or a change of state policy, with the document&apos;s reference.</source>
        <translation>This raises %1 from %2 to %3. Agent prices stay stable (§2.4): a raise is allowed only for a carrier price adjustment or a change of state policy, with the document&apos;s reference.</translation>
    </message>
    <message>
        <source>Raise Price</source>
        <translation>Raise Price</translation>
    </message>
    <message>
        <source>Write the new price in yuan, e.g. 1234.50.</source>
        <translation>Write the new price in yuan, e.g. 1234.50.</translation>
    </message>
</context>
<context>
    <name>cd::PriceCommands</name>
    <message>
        <source>Missing --%1 YYYY-MM-DD.</source>
        <translation>Missing --%1 YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 needs a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Missing --%1 %2.</source>
        <translation>Missing --%1 %2.</translation>
    </message>
    <message>
        <source>Set one agent price from a date (§2.4).</source>
        <translation>Set one agent price from a date (§2.4).</translation>
    </message>
    <message>
        <source>The price in force on a date is the latest entry on or before it; history is kept. A lower price is always allowed while the plan&apos;s chain stays whole. A raise needs --reason carrier (a carrier price adjustment) or --reason policy (a change of state policy) and --ref with the document&apos;s reference (§2.4). A refused change prints each broken link of the chain on its own line.</source>
        <translation>The price in force on a date is the latest entry on or before it; history is kept. A lower price is always allowed while the plan&apos;s chain stays whole. A raise needs --reason carrier (a carrier price adjustment) or --reason policy (a change of state policy) and --ref with the document&apos;s reference (§2.4). A refused change prints each broken link of the chain on its own line.</translation>
    </message>
    <message>
        <source>The plan&apos;s code.</source>
        <translation>The plan&apos;s code.</translation>
    </message>
    <message>
        <source>The tier: %1.</source>
        <translation>The tier: %1.</translation>
    </message>
    <message>
        <source>The agent level, 1 or 2.</source>
        <translation>The agent level, 1 or 2.</translation>
    </message>
    <message>
        <source>The new price in fen (12345 is ¥123.45).</source>
        <translation>The new price in fen (12345 is ¥123.45).</translation>
    </message>
    <message>
        <source>The day the price takes effect.</source>
        <translation>The day the price takes effect.</translation>
    </message>
    <message>
        <source>Why a price rises: carrier or policy.</source>
        <translation>Why a price rises: carrier or policy.</translation>
    </message>
    <message>
        <source>The reference of the document behind a raise.</source>
        <translation>The reference of the document behind a raise.</translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot;: use %2.</source>
        <translation>Unknown tier &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>--level needs 1 or 2, not &quot;%1&quot;.</source>
        <translation>--level needs 1 or 2, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--fen needs a whole number of fen, not &quot;%1&quot;.</source>
        <translation>--fen needs a whole number of fen, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;: use carrier or policy.</source>
        <translation>Unknown reason &quot;%1&quot;: use carrier or policy.</translation>
    </message>
    <message>
        <source>Cut every agent price of one plan or of all plans from a date (§2.4).</source>
        <translation>Cut every agent price of one plan or of all plans from a date (§2.4).</translation>
    </message>
    <message>
        <source>A percentage cut rounds each new price down to the fen, in the agents&apos; favour. Without --plan every active plan is cut. A cut that would break the chain of any plan is refused whole, naming each plan and link that breaks; nothing changes.</source>
        <translation>A percentage cut rounds each new price down to the fen, in the agents&apos; favour. Without --plan every active plan is cut. A cut that would break the chain of any plan is refused whole, naming each plan and link that breaks; nothing changes.</translation>
    </message>
    <message>
        <source>Cut by this percentage, e.g. 2.5.</source>
        <translation>Cut by this percentage, e.g. 2.5.</translation>
    </message>
    <message>
        <source>Cut by this amount in fen.</source>
        <translation>Cut by this amount in fen.</translation>
    </message>
    <message>
        <source>Only this plan.</source>
        <translation>Only this plan.</translation>
    </message>
    <message>
        <source>The day the new prices take effect.</source>
        <translation>The day the new prices take effect.</translation>
    </message>
    <message>
        <source>Why the prices are cut, for the record.</source>
        <translation>Why the prices are cut, for the record.</translation>
    </message>
    <message>
        <source>Give either --percent P or --amount FEN, not both or neither.</source>
        <translation>Give either --percent P or --amount FEN, not both or neither.</translation>
    </message>
    <message>
        <source>--percent needs a percentage above 0 and below 100 with at most two decimals, not &quot;%1&quot;.</source>
        <translation>--percent needs a percentage above 0 and below 100 with at most two decimals, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--amount needs a whole number of fen above zero, not &quot;%1&quot;.</source>
        <translation>--amount needs a whole number of fen above zero, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Show a plan&apos;s agent prices in force on a date, in yuan.</source>
        <translation>Show a plan&apos;s agent prices in force on a date, in yuan.</translation>
    </message>
    <message>
        <source>One line per tier, standard to diamond, with the level-1 and level-2 price and the day each took effect; a price not set is shown as &quot;missing&quot;.</source>
        <translation>One line per tier, standard to diamond, with the level-1 and level-2 price and the day each took effect; a price not set is shown as &quot;missing&quot;.</translation>
    </message>
    <message>
        <source>The date (default today).</source>
        <translation>The date (default today).</translation>
    </message>
    <message>
        <source>List the plans, tab-separated (amounts in fen).</source>
        <translation>List the plans, tab-separated (amounts in fen).</translation>
    </message>
    <message>
        <source>Columns: code, name, carrier, annual_fee_fen, included_minutes, per_minute_fen, carrier_cost_fen, active. Without --all only active plans.</source>
        <translation>Columns: code, name, carrier, annual_fee_fen, included_minutes, per_minute_fen, carrier_cost_fen, active. Without --all only active plans.</translation>
    </message>
    <message>
        <source>Inactive plans too.</source>
        <translation>Inactive plans too.</translation>
    </message>
    <message>
        <source>%1 of plan %2 is %3 from %4.</source>
        <translation>%1 of plan %2 is %3 from %4.</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n price(s) from %1.</source>
        <translation>
            <numerusform>Cut %n price from %1.</numerusform>
            <numerusform>Cut %n prices from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: agent prices in force on %3, in yuan.</source>
        <translation>%1 %2: agent prices in force on %3, in yuan.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) missing: every plan needs a price for each tier at both levels.</source>
        <translation>
            <numerusform>%n price missing: every plan needs a price for each tier at both levels.</numerusform>
            <numerusform>%n prices missing: every plan needs a price for each tier at both levels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PriceCutDialog</name>
    <message>
        <source>By &amp;percent:</source>
        <translation>By &amp;percent:</translation>
    </message>
    <message>
        <source>By &amp;amount:</source>
        <translation>By &amp;amount:</translation>
    </message>
    <message>
        <source>Global Price Cut</source>
        <translation>Global Price Cut</translation>
    </message>
    <message>
        <source>e.g. 2.5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <source>in yuan, e.g. 30</source>
        <translation>in yuan, e.g. 30</translation>
    </message>
    <message>
        <source>Every active plan</source>
        <translation>Every active plan</translation>
    </message>
    <message>
        <source>Why, for the record, e.g. 年中让利</source>
        <translation>Why, for the record, e.g. 年中让利</translation>
    </message>
    <message>
        <source>Lowers every agent price of one plan or of all active plans from a date (§2.4). A percentage cut rounds each price down to the fen. A cut that would break any plan&apos;s price chain is refused whole: check the preview before applying.</source>
        <translation>Lowers every agent price of one plan or of all active plans from a date (§2.4). A percentage cut rounds each price down to the fen. A cut that would break any plan&apos;s price chain is refused whole: check the preview before applying.</translation>
    </message>
    <message>
        <source>Cut:</source>
        <translation>Cut:</translation>
    </message>
    <message>
        <source>P&amp;lans:</source>
        <translation>P&amp;lans:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Apply Cut</source>
        <translation>Apply Cut</translation>
    </message>
    <message>
        <source>Type the percentage to cut.</source>
        <translation>Type the percentage to cut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage above 0 and below 100 with at most two decimals.</source>
        <translation>&quot;%1&quot; is not a percentage above 0 and below 100 with at most two decimals.</translation>
    </message>
    <message>
        <source>Type the amount to cut, in yuan.</source>
        <translation>Type the amount to cut, in yuan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan above zero, e.g. 30 or 12.50.</source>
        <translation>&quot;%1&quot; is not an amount in yuan above zero, e.g. 30 or 12.50.</translation>
    </message>
    <message>
        <source>No agent price is in force on %1 to cut.</source>
        <translation>No agent price is in force on %1 to cut.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would change from %1; every price chain stays whole.</source>
        <translation>
            <numerusform>%n price would change from %1; every price chain stays whole.</numerusform>
            <numerusform>%n prices would change from %1; every price chain stays whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would change, but the chain of %1 would break: the cut cannot be applied as it stands.</source>
        <translation>
            <numerusform>%n price would change, but the chain of %1 would break: the cut cannot be applied as it stands.</numerusform>
            <numerusform>%n prices would change, but the chain of %1 would break: the cut cannot be applied as it stands.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken link(s) of the price chain (§2.4):</source>
        <translation>
            <numerusform>%n broken link of the price chain (§2.4):</numerusform>
            <numerusform>%n broken links of the price chain (§2.4):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PriceHistoryModel</name>
    <message>
        <source>Carrier price adjustment</source>
        <translation>Carrier price adjustment</translation>
    </message>
    <message>
        <source>State policy change</source>
        <translation>State policy change</translation>
    </message>
    <message>
        <source>Global cut</source>
        <translation>Global cut</translation>
    </message>
    <message>
        <source>First price</source>
        <translation>First price</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Decrease</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>In force on %1</source>
        <translation>In force on %1</translation>
    </message>
    <message>
        <source>Takes effect after %1</source>
        <translation>Takes effect after %1</translation>
    </message>
    <message>
        <source>Replaced by a later entry</source>
        <translation>Replaced by a later entry</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>cd::PriceMatrixModel</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>No %1 price is in force on %2: every plan needs a price for each tier at both levels.</source>
        <translation>No %1 price is in force on %2: every plan needs a price for each tier at both levels.</translation>
    </message>
    <message>
        <source>%1: %2, in force since %3</source>
        <translation>%1: %2, in force since %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level-1 agents buy from the provider</source>
        <translation>Level-1 agents buy from the provider</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Level-2 agents buy through their parent agent</source>
        <translation>Level-2 agents buy through their parent agent</translation>
    </message>
</context>
<context>
    <name>cd::PriceService</name>
    <message>
        <source>No %1 price is in force on %2.</source>
        <translation>No %1 price is in force on %2.</translation>
    </message>
    <message>
        <source>Only an administrator may change plans and prices.</source>
        <translation>Only an administrator may change plans and prices.</translation>
    </message>
    <message>
        <source>The level must be 1 or 2.</source>
        <translation>The level must be 1 or 2.</translation>
    </message>
    <message>
        <source>A price must be above zero.</source>
        <translation>A price must be above zero.</translation>
    </message>
    <message>
        <source>A price needs the date it takes effect.</source>
        <translation>A price needs the date it takes effect.</translation>
    </message>
    <message>
        <source>%1 of plan %2 would rise from %3 to %4 on %5; a raise needs the reason &quot;carrier&quot; or &quot;policy&quot; and the document&apos;s reference.</source>
        <translation>%1 of plan %2 would rise from %3 to %4 on %5; a raise needs the reason &quot;carrier&quot; or &quot;policy&quot; and the document&apos;s reference.</translation>
    </message>
    <message>
        <source>The change would break the price chain of plan %1.</source>
        <translation>The change would break the price chain of plan %1.</translation>
    </message>
    <message>
        <source>A cut is either by percent or by amount, above zero.</source>
        <translation>A cut is either by percent or by amount, above zero.</translation>
    </message>
    <message>
        <source>A cut must be below 100 %.</source>
        <translation>A cut must be below 100 %.</translation>
    </message>
    <message>
        <source>A cut needs the date it takes effect.</source>
        <translation>A cut needs the date it takes effect.</translation>
    </message>
    <message>
        <source>A cut needs its reason on record.</source>
        <translation>A cut needs its reason on record.</translation>
    </message>
    <message>
        <source>Plan %1: %2 %3 would fall to %4.</source>
        <translation>Plan %1: %2 %3 would fall to %4.</translation>
    </message>
    <message>
        <source>No agent price is in force on %1 to cut.</source>
        <translation>No agent price is in force on %1 to cut.</translation>
    </message>
    <message>
        <source>The cut would break the price chain of %1; nothing was changed.</source>
        <translation>The cut would break the price chain of %1; nothing was changed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tier; use one of %2.</source>
        <translation>&quot;%1&quot; is not a tier; use one of %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in fen above zero.</source>
        <translation>&quot;%1&quot; is not a price in fen above zero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date written YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>cd::PricesPage</name>
    <message>
        <source>Plans &amp; Prices</source>
        <translation>Plans &amp; Prices</translation>
    </message>
    <message>
        <source>Agent prices per tier and level with their history; they stay stable, and a tier moves up only through the quarterly evaluation (§2.4).</source>
        <translation>Agent prices per tier and level with their history; they stay stable, and a tier moves up only through the quarterly evaluation (§2.4).</translation>
    </message>
    <message>
        <source>&amp;Plans and Prices</source>
        <translation>&amp;Plans and Prices</translation>
    </message>
    <message>
        <source>&amp;Quarterly Evaluation</source>
        <translation>&amp;Quarterly Evaluation</translation>
    </message>
</context>
<context>
    <name>cd::PricesReport</name>
    <message>
        <source>Agent prices</source>
        <translation>Agent prices</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Price (fen)</source>
        <translation>Price (fen)</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>cd::PrintCommands</name>
    <message>
        <source>The PDF file to write (A4).</source>
        <translation>The PDF file to write (A4).</translation>
    </message>
    <message>
        <source>The document&apos;s language: %1 (default: the language of the user interface).</source>
        <translation>The document&apos;s language: %1 (default: the language of the user interface).</translation>
    </message>
    <message>
        <source>Missing --pdf FILE.</source>
        <translation>Missing --pdf FILE.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation>Unknown language &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>Render a contract to PDF: parties, tasks, prices, clauses.</source>
        <translation>Render a contract to PDF: parties, tasks, prices, clauses.</translation>
    </message>
    <message>
        <source>The price schedule is the one in force on the contract&apos;s start for its tier and the agent&apos;s level (§2.4). The provider&apos;s name comes from &quot;provider set&quot;; printing is refused while it is unset.</source>
        <translation>The price schedule is the one in force on the contract&apos;s start for its tier and the agent&apos;s level (§2.4). The provider&apos;s name comes from &quot;provider set&quot;; printing is refused while it is unset.</translation>
    </message>
    <message>
        <source>The contract number, HT-YYYY-NNNN.</source>
        <translation>The contract number, HT-YYYY-NNNN.</translation>
    </message>
    <message>
        <source>Render a renewal reminder letter to an agent as PDF (§2.10).</source>
        <translation>Render a renewal reminder letter to an agent as PDF (§2.10).</translation>
    </message>
    <message>
        <source>Lists the numbers of the customers the agent serves whose paid-through date falls within the renewal notice period (the largest reminder offset, 30 days by default) from the date.</source>
        <translation>Lists the numbers of the customers the agent serves whose paid-through date falls within the renewal notice period (the largest reminder offset, 30 days by default) from the date.</translation>
    </message>
    <message>
        <source>The agent&apos;s code.</source>
        <translation>The agent&apos;s code.</translation>
    </message>
    <message>
        <source>The letter&apos;s date (default today).</source>
        <translation>The letter&apos;s date (default today).</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Wrote %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a renewal letter for %1 listing %n number(s) to %2.</source>
        <translation>
            <numerusform>Wrote a renewal letter for %1 listing %n number to %2.</numerusform>
            <numerusform>Wrote a renewal letter for %1 listing %n numbers to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::PrintMenu</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Nothing to print.</source>
        <translation>Nothing to print.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 sent to the printer.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>cd::PrintPreviewDialog</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
</context>
<context>
    <name>cd::ProviderCommands</name>
    <message>
        <source>Show the provider&apos;s profile, one &quot;key&lt;TAB&gt;value&quot; line per field.</source>
        <translation>Show the provider&apos;s profile, one &quot;key&lt;TAB&gt;value&quot; line per field.</translation>
    </message>
    <message>
        <source>Keys: name, licence, address, phone, updated_at, updated_by.</source>
        <translation>Keys: name, licence, address, phone, updated_at, updated_by.</translation>
    </message>
    <message>
        <source>Change the provider&apos;s profile printed on contracts (administrators only).</source>
        <translation>Change the provider&apos;s profile printed on contracts (administrators only).</translation>
    </message>
    <message>
        <source>Fields not given keep their value; an empty value clears a field. The name is required for printing.</source>
        <translation>Fields not given keep their value; an empty value clears a field. The name is required for printing.</translation>
    </message>
    <message>
        <source>The provider&apos;s registered name.</source>
        <translation>The provider&apos;s registered name.</translation>
    </message>
    <message>
        <source>The value-added telecom business licence number.</source>
        <translation>The value-added telecom business licence number.</translation>
    </message>
    <message>
        <source>The registered address.</source>
        <translation>The registered address.</translation>
    </message>
    <message>
        <source>The phone printed for agents to call.</source>
        <translation>The phone printed for agents to call.</translation>
    </message>
    <message>
        <source>Give at least one of --name, --licence, --address, --phone.</source>
        <translation>Give at least one of --name, --licence, --address, --phone.</translation>
    </message>
    <message>
        <source>The provider&apos;s profile is saved.</source>
        <translation>The provider&apos;s profile is saved.</translation>
    </message>
</context>
<context>
    <name>cd::ProviderPanel</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>The issuing party of printed contracts and renewal letters. Contracts cannot be printed until the name is set.</source>
        <translation>The issuing party of printed contracts and renewal letters. Contracts cannot be printed until the name is set.</translation>
    </message>
    <message>
        <source>Registered company name</source>
        <translation>Registered company name</translation>
    </message>
    <message>
        <source>e.g. B2-20260101</source>
        <translation>e.g. B2-20260101</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>&amp;Licence number:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>The provider&apos;s profile is saved; documents print it from now on.</source>
        <translation>The provider&apos;s profile is saved; documents print it from now on.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <source>Not set yet: contracts and letters cannot be printed.</source>
        <translation>Not set yet: contracts and letters cannot be printed.</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2.</source>
        <translation>Last changed by %1 at %2.</translation>
    </message>
</context>
<context>
    <name>cd::ProviderProfile</name>
    <message>
        <source>The provider&apos;s name is not set, so the document cannot name its issuer. An administrator sets it under Settings › Provider, or with &quot;channeldesk-cli provider set --name NAME&quot;.</source>
        <translation>The provider&apos;s name is not set, so the document cannot name its issuer. An administrator sets it under Settings › Provider, or with &quot;channeldesk-cli provider set --name NAME&quot;.</translation>
    </message>
    <message>
        <source>Line breaks and control characters are not allowed here.</source>
        <translation>Line breaks and control characters are not allowed here.</translation>
    </message>
    <message>
        <source>The provider&apos;s name is required: contracts and letters print it.</source>
        <translation>The provider&apos;s name is required: contracts and letters print it.</translation>
    </message>
    <message>
        <source>The provider&apos;s name is longer than 200 characters.</source>
        <translation>The provider&apos;s name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>The licence number is longer than 100 characters.</source>
        <translation>The licence number is longer than 100 characters.</translation>
    </message>
    <message>
        <source>The address is longer than 300 characters.</source>
        <translation>The address is longer than 300 characters.</translation>
    </message>
    <message>
        <source>The phone is longer than 50 characters.</source>
        <translation>The phone is longer than 50 characters.</translation>
    </message>
    <message>
        <source>Only an administrator may change the provider&apos;s profile.</source>
        <translation>Only an administrator may change the provider&apos;s profile.</translation>
    </message>
</context>
<context>
    <name>cd::Qualification</name>
    <message>
        <source>Pending review</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>More documents needed</source>
        <translation>More documents needed</translation>
    </message>
</context>
<context>
    <name>cd::QualificationPanel</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Save As…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>&amp;More Documents Needed</source>
        <translation>&amp;More Documents Needed</translation>
    </message>
    <message>
        <source>Store a file with its SHA-256 as a document of the kind chosen</source>
        <translation>Store a file with its SHA-256 as a document of the kind chosen</translation>
    </message>
    <message>
        <source>No documents on file yet.</source>
        <translation>No documents on file yet.</translation>
    </message>
    <message>
        <source>Reason: required to reject, shown to the agent</source>
        <translation>Reason: required to reject, shown to the agent</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Decision (§3.9)</source>
        <translation>Decision (§3.9)</translation>
    </message>
    <message>
        <source>Choose a review in the queue.</source>
        <translation>Choose a review in the queue.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Handled by %1, not the legal representative %2: the handler&apos;s ID and an authorisation letter are required too.</source>
        <translation>Handled by %1, not the legal representative %2: the handler&apos;s ID and an authorisation letter are required too.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Handled by the legal representative %1.</source>
        <translation>Handled by the legal representative %1.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>Approved: numbers may be activated for this customer.</source>
        <translation>Approved: numbers may be activated for this customer.</translation>
    </message>
    <message>
        <source>Qualification: %1. No number may be activated before approval.</source>
        <translation>Qualification: %1. No number may be activated before approval.</translation>
    </message>
    <message>
        <source>Missing: %1. Approval waits for them.</source>
        <translation>Missing: %1. Approval waits for them.</translation>
    </message>
    <message>
        <source>A rejection needs its reason</source>
        <translation>A rejection needs its reason</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Attach %1</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; scan it at a lower resolution.</source>
        <translation>%1 is larger than 20 MB; scan it at a lower resolution.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 attached as %2 for %3.</source>
        <translation>%1 attached as %2 for %3.</translation>
    </message>
    <message>
        <source>%1 approved: numbers may now be activated for it (§3.9).</source>
        <translation>%1 approved: numbers may now be activated for it (§3.9).</translation>
    </message>
    <message>
        <source>%1 rejected: %2</source>
        <translation>%1 rejected: %2</translation>
    </message>
    <message>
        <source>More documents asked of %1; the review stays open.</source>
        <translation>More documents asked of %1; the review stays open.</translation>
    </message>
</context>
<context>
    <name>cd::QuarterlyEvaluation</name>
    <message>
        <source>An auditor may not run the quarterly evaluation.</source>
        <translation>An auditor may not run the quarterly evaluation.</translation>
    </message>
    <message>
        <source>An auditor may not decide tier proposals.</source>
        <translation>An auditor may not decide tier proposals.</translation>
    </message>
    <message>
        <source>There is no tier proposal %1.</source>
        <translation>There is no tier proposal %1.</translation>
    </message>
    <message>
        <source>Proposal %1 is not open for a decision.</source>
        <translation>Proposal %1 is not open for a decision.</translation>
    </message>
    <message>
        <source>%1 is already at %2; the proposal is no longer a promotion.</source>
        <translation>%1 is already at %2; the proposal is no longer a promotion.</translation>
    </message>
</context>
<context>
    <name>cd::QuickSearch</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Agent or customer name, USCC, 400 number or contract number</source>
        <translation>Agent or customer name, USCC, 400 number or contract number</translation>
    </message>
    <message>
        <source>Type at least two characters. Enter opens, Esc closes.</source>
        <translation>Type at least two characters. Enter opens, Esc closes.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nothing found for &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n found. Enter opens the selected one.</numerusform>
            <numerusform>%n found. Enter opens the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::RenewalsModel</name>
    <message numerus="yes">
        <source>Overdue, in the grace period — %Ln number(s)</source>
        <translation>
            <numerusform>Overdue, in the grace period — %Ln number</numerusform>
            <numerusform>Overdue, in the grace period — %Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspended for arrears — %Ln number(s)</source>
        <translation>
            <numerusform>Suspended for arrears — %Ln number</numerusform>
            <numerusform>Suspended for arrears — %Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — %Ln number(s)</source>
        <translation>
            <numerusform>Week of %1 — %Ln number</numerusform>
            <numerusform>Week of %1 — %Ln numbers</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 shown; scroll for more)</source>
        <translation> (%1 shown; scroll for more)</translation>
    </message>
    <message>
        <source>Provider (taken over)</source>
        <translation>Provider (taken over)</translation>
    </message>
    <message>
        <source>since %1 · reclaimed %2 unless paid</source>
        <translation>since %1 · reclaimed %2 unless paid</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue · suspended %1</source>
        <translation>
            <numerusform>%n day overdue · suspended %1</numerusform>
            <numerusform>%n days overdue · suspended %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>ends today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider took the customer over; notices go to it (§2.3)</source>
        <translation>The provider took the customer over; notices go to it (§2.3)</translation>
    </message>
    <message>
        <source>Renewal notices go to %1 (§2.10, §9.6)</source>
        <translation>Renewal notices go to %1 (§2.10, §9.6)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>Service owner</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Paid through</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation>Annual fee</translation>
    </message>
</context>
<context>
    <name>cd::RenewalsPage</name>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Record &amp;Payment…</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Numbers whose paid-through date falls in the next 12 weeks, week by week, with the overdue ones first (§2.10).</source>
        <translation>Numbers whose paid-through date falls in the next 12 weeks, week by week, with the overdue ones first (§2.10).</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) due by %1</source>
        <translation>
            <numerusform>%Ln number due by %1</numerusform>
            <numerusform>%Ln numbers due by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue in grace</source>
        <translation>
            <numerusform>%Ln overdue in grace</numerusform>
            <numerusform>%Ln overdue in grace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln suspended for arrears</source>
        <translation>
            <numerusform>%Ln suspended for arrears</numerusform>
            <numerusform>%Ln suspended for arrears</numerusform>
        </translation>
    </message>
    <message>
        <source>No number is due for renewal in the next 12 weeks, and none is overdue.</source>
        <translation>No number is due for renewal in the next 12 weeks, and none is overdue.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded for %2: paid through %3.</source>
        <translation>Payment of %1 recorded for %2: paid through %3.</translation>
    </message>
</context>
<context>
    <name>cd::RenewalsReport</name>
    <message>
        <source>Renewals due</source>
        <translation>Renewals due</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Customer&apos;s code</source>
        <translation>Customer&apos;s code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>Agent&apos;s code</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>Service owner</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Paid through</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Suspended on</source>
        <translation>Suspended on</translation>
    </message>
</context>
<context>
    <name>cd::ReportExporter</name>
    <message>
        <source>There is no report &quot;%1&quot;; the reports are: %2.</source>
        <translation>There is no report &quot;%1&quot;; the reports are: %2.</translation>
    </message>
    <message>
        <source>%1 may not export personal data unmasked: the role %2 may not see it.</source>
        <translation>%1 may not export personal data unmasked: the role %2 may not see it.</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: cannot write the file: %2</translation>
    </message>
    <message>
        <source>The export of %1 was cancelled; no file was written.</source>
        <translation>The export of %1 was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>cd::ReportPreviewModel</name>
    <message>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>There is no report &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 — personal data (§2.6)</source>
        <translation>%1 — personal data (§2.6)</translation>
    </message>
</context>
<context>
    <name>cd::ReportsPage</name>
    <message>
        <source>Include &amp;personal data</source>
        <translation>Include &amp;personal data</translation>
    </message>
    <message>
        <source>Long codes as te&amp;xt for Excel</source>
        <translation>Long codes as te&amp;xt for Excel</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Every report of the export command, previewed here as the file will read and saved as CSV for Excel.</source>
        <translation>Every report of the export command, previewed here as the file will read and saved as CSV for Excel.</translation>
    </message>
    <message>
        <source>Write the whole report to a CSV file (UTF-8 with a byte order mark, for Excel)</source>
        <translation>Write the whole report to a CSV file (UTF-8 with a byte order mark, for Excel)</translation>
    </message>
    <message>
        <source>channeldesk-cli export %1</source>
        <translation>channeldesk-cli export %1</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;as of&quot; date: tiers, statuses and due dates on that day</source>
        <translation>The report&apos;s &quot;as of&quot; date: tiers, statuses and due dates on that day</translation>
    </message>
    <message>
        <source>Phones, e-mails and ID numbers in full; without this they are masked (§2.6). The export is recorded in the audit log.</source>
        <translation>Phones, e-mails and ID numbers in full; without this they are masked (§2.6). The export is recorded in the audit log.</translation>
    </message>
    <message>
        <source>An auditor may not see personal data unmasked (§2.6): phones, e-mails and ID numbers are always masked.</source>
        <translation>An auditor may not see personal data unmasked (§2.6): phones, e-mails and ID numbers are always masked.</translation>
    </message>
    <message>
        <source>Writes codes of 12 or more digits (such as an all-digit USCC) so that Excel keeps them whole instead of showing 1.21E+17. ChannelDesk imports such files as they are.</source>
        <translation>Writes codes of 12 or more digits (such as an all-digit USCC) so that Excel keeps them whole instead of showing 1.21E+17. ChannelDesk imports such files as they are.</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <source>Exporting “%1”… rows written: %2</source>
        <translation>Exporting “%1”… rows written: %2</translation>
    </message>
    <message>
        <source>Choose a report on the left.</source>
        <translation>Choose a report on the left.</translation>
    </message>
    <message>
        <source>Preview of the first %1 rows; the export writes every row.</source>
        <translation>Preview of the first %1 rows; the export writes every row.</translation>
    </message>
    <message>
        <source>Rows in the report: %1.</source>
        <translation>Rows in the report: %1.</translation>
    </message>
    <message>
        <source>Personal data is masked (§2.6).</source>
        <translation>Personal data is masked (§2.6).</translation>
    </message>
    <message>
        <source>This report has no rows for the chosen date.</source>
        <translation>This report has no rows for the chosen date.</translation>
    </message>
    <message>
        <source>The report could not be read.</source>
        <translation>The report could not be read.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exporting “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling; no file will be written…</source>
        <translation>Cancelling; no file will be written…</translation>
    </message>
    <message>
        <source>Exported “%1” to %2 — rows written: %3.</source>
        <translation>Exported “%1” to %2 — rows written: %3.</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Export cancelled; %1 was left as it was.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>cd::ReserveDialog</name>
    <message>
        <source>Reserve Number</source>
        <translation>Reserve Number</translation>
    </message>
    <message>
        <source>Reserve %1</source>
        <translation>Reserve %1</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Held until %1; at most %2 numbers per customer at a time.</source>
        <translation>Held until %1; at most %2 numbers per customer at a time.</translation>
    </message>
</context>
<context>
    <name>cd::ReviewCommands</name>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The customer&apos;s code.</source>
        <translation>The customer&apos;s code.</translation>
    </message>
    <message>
        <source>Record a qualification document of a customer (§3.9).</source>
        <translation>Record a qualification document of a customer (§3.9).</translation>
    </message>
    <message>
        <source>Kinds: %1. The file is stored in the database with its SHA-256. handler_id and authorisation_letter are needed when the handler is not the legal representative.</source>
        <translation>Kinds: %1. The file is stored in the database with its SHA-256. handler_id and authorisation_letter are needed when the handler is not the legal representative.</translation>
    </message>
    <message>
        <source>The document file.</source>
        <translation>The document file.</translation>
    </message>
    <message>
        <source>The document: %1.</source>
        <translation>The document: %1.</translation>
    </message>
    <message>
        <source>The day it was received (default today).</source>
        <translation>The day it was received (default today).</translation>
    </message>
    <message>
        <source>Missing --kind (%1).</source>
        <translation>Missing --kind (%1).</translation>
    </message>
    <message>
        <source>Unknown document kind &quot;%1&quot;: use %2.</source>
        <translation>Unknown document kind &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>The qualification decision (§3.9).</source>
        <translation>The qualification decision (§3.9).</translation>
    </message>
    <message>
        <source>approve needs every document of the checklist; reject needs --reason; more asks for more documents and keeps the review open.</source>
        <translation>approve needs every document of the checklist; reject needs --reason; more asks for more documents and keeps the review open.</translation>
    </message>
    <message>
        <source>approve, reject or more.</source>
        <translation>approve, reject or more.</translation>
    </message>
    <message>
        <source>Why; required to reject.</source>
        <translation>Why; required to reject.</translation>
    </message>
    <message>
        <source>The day of the decision (default today).</source>
        <translation>The day of the decision (default today).</translation>
    </message>
    <message>
        <source>Unknown decision &quot;%1&quot;: use %2.</source>
        <translation>Unknown decision &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>A rejection needs --reason TEXT (§3.9).</source>
        <translation>A rejection needs --reason TEXT (§3.9).</translation>
    </message>
    <message>
        <source>List open reviews with their age, tab-separated.</source>
        <translation>List open reviews with their age, tab-separated.</translation>
    </message>
    <message>
        <source>Columns as in &quot;export reviews&quot;: customer_uscc, customer_name, agent_uscc, kind, opened_on, age_days, due_on, missing_documents, review_id, outcome, plan_id.</source>
        <translation>Columns as in &quot;export reviews&quot;: customer_uscc, customer_name, agent_uscc, kind, opened_on, age_days, due_on, missing_documents, review_id, outcome, plan_id.</translation>
    </message>
    <message>
        <source>Only reviews of this kind: %1.</source>
        <translation>Only reviews of this kind: %1.</translation>
    </message>
    <message>
        <source>Ages as of this day (default today).</source>
        <translation>Ages as of this day (default today).</translation>
    </message>
    <message>
        <source>Unknown review kind &quot;%1&quot;: use %2.</source>
        <translation>Unknown review kind &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>List active customers with the day their next follow-up review falls due (§3.9).</source>
        <translation>List active customers with the day their next follow-up review falls due (§3.9).</translation>
    </message>
    <message>
        <source>Columns: customer_uscc, customer_name, agent_uscc, supervised, first_activation, last_follow_up, due_on, open_review_id.</source>
        <translation>Columns: customer_uscc, customer_name, agent_uscc, supervised, first_activation, last_follow_up, due_on, open_review_id.</translation>
    </message>
    <message>
        <source>As of this day (default today).</source>
        <translation>As of this day (default today).</translation>
    </message>
    <message>
        <source>Open the follow-up reviews falling due within %1 days (§3.9).</source>
        <translation>Open the follow-up reviews falling due within %1 days (§3.9).</translation>
    </message>
    <message>
        <source>Within 30 days of activation, then yearly; every 90 days for customers of supervised agents (parameters follow_up_first_days and follow_up_supervised_days). Running it again opens nothing new.</source>
        <translation>Within 30 days of activation, then yearly; every 90 days for customers of supervised agents (parameters follow_up_first_days and follow_up_supervised_days). Running it again opens nothing new.</translation>
    </message>
    <message>
        <source>Draw N active customers for spot checks, weighted by risk (§3.9).</source>
        <translation>Draw N active customers for spot checks, weighted by risk (§3.9).</translation>
    </message>
    <message>
        <source>Weight 1, ×3 when the agent is supervised, +1 per violation of the agent in the last 12 months; customers checked within spot_check_skip_days are skipped. The same seed on the same data draws the same customers; without --seed (or with 0) a fresh seed is drawn, printed and recorded.</source>
        <translation>Weight 1, ×3 when the agent is supervised, +1 per violation of the agent in the last 12 months; customers checked within spot_check_skip_days are skipped. The same seed on the same data draws the same customers; without --seed (or with 0) a fresh seed is drawn, printed and recorded.</translation>
    </message>
    <message>
        <source>How many customers to draw.</source>
        <translation>How many customers to draw.</translation>
    </message>
    <message>
        <source>The seed, a whole number from 0 to %1.</source>
        <translation>The seed, a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>The day of the plan (default today).</source>
        <translation>The day of the plan (default today).</translation>
    </message>
    <message>
        <source>Missing --size N.</source>
        <translation>Missing --size N.</translation>
    </message>
    <message>
        <source>--size needs a whole number above 0, not &quot;%1&quot;.</source>
        <translation>--size needs a whole number above 0, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--seed needs a whole number from 0 to %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record the result of a follow-up review or a spot check (§3.9).</source>
        <translation>Record the result of a follow-up review or a spot check (§3.9).</translation>
    </message>
    <message>
        <source>fraud blocks all the customer&apos;s numbers at once and opens a violation case against its developing agent.</source>
        <translation>fraud blocks all the customer&apos;s numbers at once and opens a violation case against its developing agent.</translation>
    </message>
    <message>
        <source>The review&apos;s number.</source>
        <translation>The review&apos;s number.</translation>
    </message>
    <message>
        <source>pass, issue or fraud.</source>
        <translation>pass, issue or fraud.</translation>
    </message>
    <message>
        <source>What was found.</source>
        <translation>What was found.</translation>
    </message>
    <message>
        <source>The day of the check (default today).</source>
        <translation>The day of the check (default today).</translation>
    </message>
    <message>
        <source>REVIEW_ID must be a review number, not &quot;%1&quot;.</source>
        <translation>REVIEW_ID must be a review number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot;: use %2.</source>
        <translation>Unknown outcome &quot;%1&quot;: use %2.</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: cannot open the file: %2</translation>
    </message>
    <message>
        <source>Attached %1 as %2 (%3 bytes, SHA-256 %4).</source>
        <translation>Attached %1 as %2 (%3 bytes, SHA-256 %4).</translation>
    </message>
    <message>
        <source>Every document of the checklist is on file (§3.9).</source>
        <translation>Every document of the checklist is on file (§3.9).</translation>
    </message>
    <message>
        <source>Still missing (§3.9): %1.</source>
        <translation>Still missing (§3.9): %1.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 on %4 (§3.9).</source>
        <translation>%1 (%2): %3 on %4 (§3.9).</translation>
    </message>
    <message>
        <source>Opened %1 follow-up reviews (§3.9).</source>
        <translation>Opened %1 follow-up reviews (§3.9).</translation>
    </message>
    <message>
        <source>Drew %1 of %2 customers on %3 (§3.9).</source>
        <translation>Drew %1 of %2 customers on %3 (§3.9).</translation>
    </message>
    <message>
        <source>Review %1 of %2 (%3): %4 on %5.</source>
        <translation>Review %1 of %2 (%3): %4 on %5.</translation>
    </message>
    <message>
        <source>Blocked %1 numbers; opened violation %2 against %3 (§3.9).</source>
        <translation>Blocked %1 numbers; opened violation %2 against %3 (§3.9).</translation>
    </message>
</context>
<context>
    <name>cd::ReviewKind</name>
    <message>
        <source>Qualification review</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Follow-up review</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>Spot check</translation>
    </message>
</context>
<context>
    <name>cd::ReviewListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open · %1</source>
        <translation>Open · %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
</context>
<context>
    <name>cd::ReviewQueuePage</name>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Qualification reviews before activation, spot checks and follow-up reviews of active customers (§3.9).</source>
        <translation>Qualification reviews before activation, spot checks and follow-up reviews of active customers (§3.9).</translation>
    </message>
    <message>
        <source>No qualification review is waiting.</source>
        <translation>No qualification review is waiting.</translation>
    </message>
    <message>
        <source>&amp;Qualification Reviews</source>
        <translation>&amp;Qualification Reviews</translation>
    </message>
    <message>
        <source>Spot Checks &amp;&amp; &amp;Follow-ups</source>
        <translation>Spot Checks &amp;&amp; &amp;Follow-ups</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s) open, oldest first</source>
        <translation>
            <numerusform>%Ln review open, oldest first</numerusform>
            <numerusform>%Ln reviews open, oldest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ReviewService</name>
    <message>
        <source>A review needs the day it opens.</source>
        <translation>A review needs the day it opens.</translation>
    </message>
    <message>
        <source>An auditor may not change customer reviews.</source>
        <translation>An auditor may not change customer reviews.</translation>
    </message>
    <message>
        <source>The document %1 is empty.</source>
        <translation>The document %1 is empty.</translation>
    </message>
    <message>
        <source>A document needs its file name.</source>
        <translation>A document needs its file name.</translation>
    </message>
    <message>
        <source>A document needs the day it was received.</source>
        <translation>A document needs the day it was received.</translation>
    </message>
    <message>
        <source>There is no customer document with the number %1.</source>
        <translation>There is no customer document with the number %1.</translation>
    </message>
    <message>
        <source>An auditor may not decide qualification reviews.</source>
        <translation>An auditor may not decide qualification reviews.</translation>
    </message>
    <message>
        <source>A decision needs its date.</source>
        <translation>A decision needs its date.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>A rejection needs a reason.</translation>
    </message>
    <message>
        <source>%1 is already approved; there is no qualification review to decide.</source>
        <translation>%1 is already approved; there is no qualification review to decide.</translation>
    </message>
    <message>
        <source>The review of %1 opened on %2; it cannot be decided on %3.</source>
        <translation>The review of %1 opened on %2; it cannot be decided on %3.</translation>
    </message>
    <message>
        <source>%1 cannot be approved while documents are missing: %2.</source>
        <translation>%1 cannot be approved while documents are missing: %2.</translation>
    </message>
    <message>
        <source>An auditor may not record check results.</source>
        <translation>An auditor may not record check results.</translation>
    </message>
    <message>
        <source>A check result needs its date.</source>
        <translation>A check result needs its date.</translation>
    </message>
    <message>
        <source>Review %1 is a qualification review; decide it with approve, reject or more documents.</source>
        <translation>Review %1 is a qualification review; decide it with approve, reject or more documents.</translation>
    </message>
    <message>
        <source>Review %1 is already closed (%2 on %3).</source>
        <translation>Review %1 is already closed (%2 on %3).</translation>
    </message>
    <message>
        <source>Review %1 opened on %2; its result cannot be dated %3.</source>
        <translation>Review %1 opened on %2; its result cannot be dated %3.</translation>
    </message>
    <message>
        <source>Fraud found by spot check %1 of customer %2 (%3).</source>
        <translation>Fraud found by spot check %1 of customer %2 (%3).</translation>
    </message>
    <message>
        <source>Fraud found by follow-up review %1 of customer %2 (%3).</source>
        <translation>Fraud found by follow-up review %1 of customer %2 (%3).</translation>
    </message>
    <message>
        <source>There is no review with the number %1.</source>
        <translation>There is no review with the number %1.</translation>
    </message>
    <message>
        <source>The customer has no open qualification review.</source>
        <translation>The customer has no open qualification review.</translation>
    </message>
</context>
<context>
    <name>cd::ReviewsReport</name>
    <message>
        <source>Open reviews</source>
        <translation>Open reviews</translation>
    </message>
    <message>
        <source>Customer&apos;s code</source>
        <translation>Customer&apos;s code</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Developing agent&apos;s code</source>
        <translation>Developing agent&apos;s code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Interim outcome</source>
        <translation>Interim outcome</translation>
    </message>
    <message>
        <source>Spot check plan</source>
        <translation>Spot check plan</translation>
    </message>
</context>
<context>
    <name>cd::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>Channel manager</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>cd::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The business parameters that tune the rules, the provider&apos;s details on printed documents, and the backups of the database.</source>
        <translation>The business parameters that tune the rules, the provider&apos;s details on printed documents, and the backups of the database.</translation>
    </message>
    <message>
        <source>Business Para&amp;meters</source>
        <translation>Business Para&amp;meters</translation>
    </message>
    <message>
        <source>Pr&amp;ovider</source>
        <translation>Pr&amp;ovider</translation>
    </message>
    <message>
        <source>Ba&amp;ckups</source>
        <translation>Ba&amp;ckups</translation>
    </message>
</context>
<context>
    <name>cd::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>Anywhere in the window</translation>
    </message>
    <message>
        <source>In a page</source>
        <translation>In a page</translation>
    </message>
    <message>
        <source>New agent, customer, contract, case, session or user (on its page)</source>
        <translation>New agent, customer, contract, case, session or user (on its page)</translation>
    </message>
    <message>
        <source>Save the business parameters</source>
        <translation>Save the business parameters</translation>
    </message>
    <message>
        <source>Undo the change just made (when the message bar offers it)</source>
        <translation>Undo the change just made (when the message bar offers it)</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Open the selected row</translation>
    </message>
    <message>
        <source>Copy the selected row</source>
        <translation>Copy the selected row</translation>
    </message>
    <message>
        <source>Back from a detail to its list</source>
        <translation>Back from a detail to its list</translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation>Reload the audit log</translation>
    </message>
    <message>
        <source>Context menu of the selected row</source>
        <translation>Context menu of the selected row</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Move between the bars of a dashboard chart; Enter opens the bar&apos;s list</source>
        <translation>Move between the bars of a dashboard chart; Enter opens the bar&apos;s list</translation>
    </message>
</context>
<context>
    <name>cd::SpotCheckDrawModel</name>
    <message>
        <source>Supervised</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent status</source>
        <translation>Agent status</translation>
    </message>
    <message>
        <source>Violations (12 months)</source>
        <translation>Violations (12 months)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
</context>
<context>
    <name>cd::SpotCheckPanel</name>
    <message>
        <source>&amp;Plan Spot Checks</source>
        <translation>&amp;Plan Spot Checks</translation>
    </message>
    <message>
        <source>P&amp;assed</source>
        <translation>P&amp;assed</translation>
    </message>
    <message>
        <source>&amp;Issue Found</source>
        <translation>&amp;Issue Found</translation>
    </message>
    <message>
        <source>&amp;Fraud Found…</source>
        <translation>&amp;Fraud Found…</translation>
    </message>
    <message>
        <source>Schedule &amp;Follow-ups</source>
        <translation>Schedule &amp;Follow-ups</translation>
    </message>
    <message>
        <source>Empty: a random seed</source>
        <translation>Empty: a random seed</translation>
    </message>
    <message>
        <source>The same seed on the same data draws the same customers</source>
        <translation>The same seed on the same data draws the same customers</translation>
    </message>
    <message>
        <source>A plan draws active customers at random, weighted by risk: ×3 when the agent is supervised, +1 per violation of the agent in the last 12 months; customers checked in the last 90 days are skipped.</source>
        <translation>A plan draws active customers at random, weighted by risk: ×3 when the agent is supervised, +1 per violation of the agent in the last 12 months; customers checked in the last 90 days are skipped.</translation>
    </message>
    <message>
        <source>No plan drawn in this session yet.</source>
        <translation>No plan drawn in this session yet.</translation>
    </message>
    <message>
        <source>No open spot checks or follow-up reviews.</source>
        <translation>No open spot checks or follow-up reviews.</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>What the check found</translation>
    </message>
    <message>
        <source>Open the follow-up reviews falling due in the next %1 days (§3.9)</source>
        <translation>Open the follow-up reviews falling due in the next %1 days (§3.9)</translation>
    </message>
    <message>
        <source>Spot-check planner</source>
        <translation>Spot-check planner</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Open checks</source>
        <translation>Open checks</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Spot checks and follow-up reviews waiting for their result.</source>
        <translation>Spot checks and follow-up reviews waiting for their result.</translation>
    </message>
    <message>
        <source>Write what was found in the note first</source>
        <translation>Write what was found in the note first</translation>
    </message>
    <message>
        <source>The seed is a whole number from 1 to 9223372036854775807.</source>
        <translation>The seed is a whole number from 1 to 9223372036854775807.</translation>
    </message>
    <message numerus="yes">
        <source>Plan #%1 on %2 drew %Ln of the %3 customer(s) asked, with seed %4. The same seed on the same data draws the same customers.</source>
        <translation>
            <numerusform>Plan #%1 on %2 drew %Ln of the %3 customer asked, with seed %4. The same seed on the same data draws the same customers.</numerusform>
            <numerusform>Plan #%1 on %2 drew %Ln of the %3 customers asked, with seed %4. The same seed on the same data draws the same customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: a random seed (last: %1)</source>
        <translation>Empty: a random seed (last: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln spot check(s) opened (§3.9).</source>
        <translation>
            <numerusform>%Ln spot check opened (§3.9).</numerusform>
            <numerusform>%Ln spot checks opened (§3.9).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fraud Found</source>
        <translation>Fraud Found</translation>
    </message>
    <message numerus="yes">
        <source>Record fraud at %1? At once, all of its numbers in service (%Ln on record) are blocked, and a violation case is opened against its agent %2 for a manager to classify: negligent puts the agent under supervision, intentional terminates its contract (§3.9).</source>
        <translation>
            <numerusform>Record fraud at %1? At once, all of its numbers in service (%Ln on record) are blocked, and a violation case is opened against its agent %2 for a manager to classify: negligent puts the agent under supervision, intentional terminates its contract (§3.9).</numerusform>
            <numerusform>Record fraud at %1? At once, all of its numbers in service (%Ln on record) are blocked, and a violation case is opened against its agent %2 for a manager to classify: negligent puts the agent under supervision, intentional terminates its contract (§3.9).</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Fraud</source>
        <translation>Record Fraud</translation>
    </message>
    <message numerus="yes">
        <source>Fraud recorded at %1: %Ln number(s) blocked; violation case #%2 opened against %3 (§3.9).</source>
        <translation>
            <numerusform>Fraud recorded at %1: %Ln number blocked; violation case #%2 opened against %3 (§3.9).</numerusform>
            <numerusform>Fraud recorded at %1: %Ln numbers blocked; violation case #%2 opened against %3 (§3.9).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 recorded for %3.</source>
        <translation>%1: %2 recorded for %3.</translation>
    </message>
    <message>
        <source>No follow-up review falls due in the next %1 days.</source>
        <translation>No follow-up review falls due in the next %1 days.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up review(s) opened (§3.9).</source>
        <translation>
            <numerusform>%Ln follow-up review opened (§3.9).</numerusform>
            <numerusform>%Ln follow-up reviews opened (§3.9).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::SpotCheckService</name>
    <message>
        <source>A spot check plan needs its date.</source>
        <translation>A spot check plan needs its date.</translation>
    </message>
    <message>
        <source>An auditor may not plan spot checks.</source>
        <translation>An auditor may not plan spot checks.</translation>
    </message>
    <message>
        <source>A spot check plan draws at least one customer.</source>
        <translation>A spot check plan draws at least one customer.</translation>
    </message>
    <message>
        <source>A seed is a whole number from 1 to %1, or 0 for a fresh one.</source>
        <translation>A seed is a whole number from 1 to %1, or 0 for a fresh one.</translation>
    </message>
    <message>
        <source>No active customer may be drawn on %1: every one was checked recently or none has a number in service.</source>
        <translation>No active customer may be drawn on %1: every one was checked recently or none has a number in service.</translation>
    </message>
    <message>
        <source>There is no spot check plan with the number %1.</source>
        <translation>There is no spot check plan with the number %1.</translation>
    </message>
</context>
<context>
    <name>cd::SqlQuery</name>
    <message>
        <source>No such record.</source>
        <translation>No such record.</translation>
    </message>
</context>
<context>
    <name>cd::StartupSweep</name>
    <message>
        <source>The daily sweep failed: %1</source>
        <translation>The daily sweep failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal notice(s)</source>
        <translation>
            <numerusform>%n renewal notice</numerusform>
            <numerusform>%n renewal notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) suspended for arrears</source>
        <translation>
            <numerusform>%n number suspended for arrears</numerusform>
            <numerusform>%n numbers suspended for arrears</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reclaim warning(s)</source>
        <translation>
            <numerusform>%n reclaim warning</numerusform>
            <numerusform>%n reclaim warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) reclaimed</source>
        <translation>
            <numerusform>%n number reclaimed</numerusform>
            <numerusform>%n numbers reclaimed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reservation(s) released</source>
        <translation>
            <numerusform>%n reservation released</numerusform>
            <numerusform>%n reservations released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) expired</source>
        <translation>
            <numerusform>%n contract expired</numerusform>
            <numerusform>%n contracts expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) took effect</source>
        <translation>
            <numerusform>%n contract took effect</numerusform>
            <numerusform>%n contracts took effect</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily sweep to %1: %2.</source>
        <translation>Daily sweep to %1: %2.</translation>
    </message>
</context>
<context>
    <name>cd::SuspensionsReport</name>
    <message>
        <source>Suspended numbers</source>
        <translation>Suspended numbers</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Customer&apos;s code</source>
        <translation>Customer&apos;s code</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>Agent&apos;s code</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Suspended on</source>
        <translation>Suspended on</translation>
    </message>
    <message>
        <source>Reclaim on</source>
        <translation>Reclaim on</translation>
    </message>
    <message>
        <source>Paid through</source>
        <translation>Paid through</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Days to reclaim</source>
        <translation>Days to reclaim</translation>
    </message>
</context>
<context>
    <name>cd::SweepCommand</name>
    <message>
        <source>Run the daily lifecycle sweep up to a date; print counts per transition.</source>
        <translation>Run the daily lifecycle sweep up to a date; print counts per transition.</translation>
    </message>
    <message>
        <source>The date to sweep to (default today).</source>
        <translation>The date to sweep to (default today).</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date needs a date written YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sweep to %1:</source>
        <translation>Sweep to %1:</translation>
    </message>
    <message>
        <source>Renewal notices, arrears suspensions, reclaim warnings and reclaims (§2.10), expired reservations, and contracts expiring or taking effect (§9.2). Idempotent: a second run for the same date changes nothing. Missed days are caught up in one run, each transition on its true date. The output has one line per transition: renewal_due, suspended, reclaim_warning, reclaimed, reservations_released, contract_expired, contract_activated, each followed by &quot;: &quot; and the count.</source>
        <translation>Renewal notices, arrears suspensions, reclaim warnings and reclaims (§2.10), expired reservations, and contracts expiring or taking effect (§9.2). Idempotent: a second run for the same date changes nothing. Missed days are caught up in one run, each transition on its true date. The output has one line per transition: renewal_due, suspended, reclaim_warning, reclaimed, reservations_released, contract_expired, contract_activated, each followed by &quot;: &quot; and the count.</translation>
    </message>
</context>
<context>
    <name>cd::TakeoverDialog</name>
    <message>
        <source>Record &amp;Reminder…</source>
        <translation>Record &amp;Reminder…</translation>
    </message>
    <message>
        <source>Take Over Customers</source>
        <translation>Take Over Customers</translation>
    </message>
    <message>
        <source>Required: what happened, e.g. unreachable since …</source>
        <translation>Required: what happened, e.g. unreachable since …</translation>
    </message>
    <message>
        <source>Take Over Customers of %1</source>
        <translation>Take Over Customers of %1</translation>
    </message>
    <message>
        <source>%1 · %2. After the takeover the provider serves the chosen customers and receives their notices; %3 stays on record as the developing agent.</source>
        <translation>%1 · %2. After the takeover the provider serves the chosen customers and receives their notices; %3 stays on record as the developing agent.</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>Select N&amp;one</source>
        <translation>Select N&amp;one</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>&amp;Grounds:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Reminders:</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>&amp;Customers:</translation>
    </message>
    <message>
        <source>Sent %1, corrected %2</source>
        <translation>Sent %1, corrected %2</translation>
    </message>
    <message>
        <source>Sent %1, not corrected</source>
        <translation>Sent %1, not corrected</translation>
    </message>
    <message>
        <source>None on record.</source>
        <translation>None on record.</translation>
    </message>
    <message>
        <source>Allowed under %1. %2</source>
        <translation>Allowed under %1. %2</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Not allowed: %1</translation>
    </message>
    <message>
        <source>%1 serves no customers of its own.</source>
        <translation>%1 serves no customers of its own.</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%1 of %2 selected</translation>
    </message>
    <message numerus="yes">
        <source>Take Over %n Customer(s)</source>
        <translation>
            <numerusform>Take Over %n Customer</numerusform>
            <numerusform>Take Over %n Customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Reminder</source>
        <translation>Record Reminder</translation>
    </message>
    <message>
        <source>Record that %1 was reminded on %2 to resume serving its customers? If it does not correct this, the provider may take them over once the waiting period has passed (§9.6).</source>
        <translation>Record that %1 was reminded on %2 to resume serving its customers? If it does not correct this, the provider may take them over once the waiting period has passed (§9.6).</translation>
    </message>
    <message>
        <source>Reminder to resume serving customers</source>
        <translation>Reminder to resume serving customers</translation>
    </message>
    <message>
        <source>Reminder of %1 recorded (§9.6).</source>
        <translation>Reminder of %1 recorded (§9.6).</translation>
    </message>
    <message numerus="yes">
        <source>The provider now serves %n customer(s) of %1 (%2).</source>
        <translation>
            <numerusform>The provider now serves %n customer of %1 (%2).</numerusform>
            <numerusform>The provider now serves %n customers of %1 (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TakeoverGrounds</name>
    <message>
        <source>The agent cannot serve its customers (unreachable, out of business)</source>
        <translation>The agent cannot serve its customers (unreachable, out of business)</translation>
    </message>
    <message>
        <source>The terminated agent stopped serving and did not correct it after a reminder</source>
        <translation>The terminated agent stopped serving and did not correct it after a reminder</translation>
    </message>
    <message>
        <source>The terminated agent broke the law</source>
        <translation>The terminated agent broke the law</translation>
    </message>
</context>
<context>
    <name>cd::TakeoverService</name>
    <message>
        <source>An auditor may not record takeovers.</source>
        <translation>An auditor may not record takeovers.</translation>
    </message>
    <message>
        <source>A reminder needs the date it was sent.</source>
        <translation>A reminder needs the date it was sent.</translation>
    </message>
    <message>
        <source>There is no open reminder %1 sent on or before %2.</source>
        <translation>There is no open reminder %1 sent on or before %2.</translation>
    </message>
    <message>
        <source>A takeover needs its date.</source>
        <translation>A takeover needs its date.</translation>
    </message>
    <message>
        <source>The provider takes over at once because %1 cannot serve its customers.</source>
        <translation>The provider takes over at once because %1 cannot serve its customers.</translation>
    </message>
    <message>
        <source>%1 is not terminated; a breach of law by a working agent is handled as a violation, or use &quot;cannot serve&quot;.</source>
        <translation>%1 is not terminated; a breach of law by a working agent is handled as a violation, or use &quot;cannot serve&quot;.</translation>
    </message>
    <message>
        <source>The provider takes over at once because the terminated agent %1 broke the law.</source>
        <translation>The provider takes over at once because the terminated agent %1 broke the law.</translation>
    </message>
    <message>
        <source>%1 is not terminated; the reminder procedure applies to terminated agents only.</source>
        <translation>%1 is not terminated; the reminder procedure applies to terminated agents only.</translation>
    </message>
    <message>
        <source>The reminder of %1 went unanswered for %2 days; the provider may take over.</source>
        <translation>The reminder of %1 went unanswered for %2 days; the provider may take over.</translation>
    </message>
    <message>
        <source>The reminder to %1 has not yet waited %2 days; a takeover is allowed from %3.</source>
        <translation>The reminder to %1 has not yet waited %2 days; a takeover is allowed from %3.</translation>
    </message>
    <message>
        <source>No open reminder to %1 is on record; send one and wait %2 days first.</source>
        <translation>No open reminder to %1 is on record; send one and wait %2 days first.</translation>
    </message>
    <message>
        <source>Unknown grounds.</source>
        <translation>Unknown grounds.</translation>
    </message>
    <message>
        <source>A takeover needs its reason on record.</source>
        <translation>A takeover needs its reason on record.</translation>
    </message>
    <message>
        <source>%1 does not serve these customers: %2.</source>
        <translation>%1 does not serve these customers: %2.</translation>
    </message>
    <message>
        <source>%1 serves no customers that could be taken over.</source>
        <translation>%1 serves no customers that could be taken over.</translation>
    </message>
</context>
<context>
    <name>cd::TerminationDialog</name>
    <message>
        <source>Terminate Contract</source>
        <translation>Terminate Contract</translation>
    </message>
    <message>
        <source>Optional: what happened, document references</source>
        <translation>Optional: what happened, document references</translation>
    </message>
    <message>
        <source>Terminate %1</source>
        <translation>Terminate %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 to %4</source>
        <translation>%1 · %2 · %3 to %4</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Clause %1 applies: %2.</source>
        <translation>Clause %1 applies: %2.</translation>
    </message>
    <message>
        <source>Contract %1 ends on %2 and %3 becomes terminated.</source>
        <translation>Contract %1 ends on %2 and %3 becomes terminated.</translation>
    </message>
    <message numerus="yes">
        <source>It may still renew and serve its %n customer(s) but may not open new numbers (§9.6).</source>
        <translation>
            <numerusform>It may still renew and serve its %n customer but may not open new numbers (§9.6).</numerusform>
            <numerusform>It may still renew and serve its %n customers but may not open new numbers (§9.6).</numerusform>
        </translation>
    </message>
    <message>
        <source>The prepared draft %1 ends with it.</source>
        <translation>The prepared draft %1 ends with it.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-agent(s) may no longer open new numbers while their parent is terminated.</source>
        <translation>
            <numerusform>Its %n sub-agent may no longer open new numbers while their parent is terminated.</numerusform>
            <numerusform>Its %n sub-agents may no longer open new numbers while their parent is terminated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TerminationReason</name>
    <message>
        <source>Intentionally developed fraudulent customers</source>
        <translation>Intentionally developed fraudulent customers</translation>
    </message>
    <message>
        <source>Unlawful or improper operation</source>
        <translation>Unlawful or improper operation</translation>
    </message>
    <message>
        <source>At the agent&apos;s request</source>
        <translation>At the agent&apos;s request</translation>
    </message>
    <message>
        <source>The agent ceased business</source>
        <translation>The agent ceased business</translation>
    </message>
</context>
<context>
    <name>cd::Tier</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Diamond</translation>
    </message>
</context>
<context>
    <name>cd::TrainingDueModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>First contract</source>
        <translation>First contract</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::TrainingPage</name>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;New Session…</translation>
    </message>
    <message>
        <source>Record &amp;Attendance…</source>
        <translation>Record &amp;Attendance…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Platform training for every signed agent, due soon after its first contract starts (§2.7).</source>
        <translation>Platform training for every signed agent, due soon after its first contract starts (§2.7).</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>No training sessions yet.</source>
        <translation>No training sessions yet.</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Overdue training (§2.7)</source>
        <translation>Overdue training (§2.7)</translation>
    </message>
    <message>
        <source>Every signed agent has been trained.</source>
        <translation>Every signed agent has been trained.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) overdue</source>
        <translation>
            <numerusform>%n agent overdue</numerusform>
            <numerusform>%n agents overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more due soon</source>
        <translation>
            <numerusform>%n more due soon</numerusform>
            <numerusform>%n more due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>No attendance recorded yet.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; added. Record who attended with &quot;Record Attendance…&quot;.</source>
        <translation>Session &quot;%1&quot; added. Record who attended with &quot;Record Attendance…&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance of %n agent(s) recorded (§2.7).</source>
        <translation>
            <numerusform>Attendance of %n agent recorded (§2.7).</numerusform>
            <numerusform>Attendance of %n agents recorded (§2.7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An agent is overdue when %n day(s) have passed since its first contract&apos;s start and it has not yet attended a session.</source>
        <translation>
            <numerusform>An agent is overdue when %n day have passed since its first contract&apos;s start and it has not yet attended a session.</numerusform>
            <numerusform>An agent is overdue when %n days have passed since its first contract&apos;s start and it has not yet attended a session.</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <comment>sentence separator</comment>
        <translation>. </translation>
    </message>
</context>
<context>
    <name>cd::TrainingService</name>
    <message>
        <source>An auditor may not record training.</source>
        <translation>An auditor may not record training.</translation>
    </message>
    <message>
        <source>A training session needs its date.</source>
        <translation>A training session needs its date.</translation>
    </message>
    <message>
        <source>A training session needs a topic.</source>
        <translation>A training session needs a topic.</translation>
    </message>
    <message>
        <source>A training session needs a trainer.</source>
        <translation>A training session needs a trainer.</translation>
    </message>
    <message>
        <source>Name at least one agent that attended.</source>
        <translation>Name at least one agent that attended.</translation>
    </message>
    <message>
        <source>There is no training session %1.</source>
        <translation>There is no training session %1.</translation>
    </message>
</context>
<context>
    <name>cd::TrainingSessionDialog</name>
    <message>
        <source>New Training Session</source>
        <translation>New Training Session</translation>
    </message>
    <message>
        <source>e.g. Qualification review and the platform&apos;s rules</source>
        <translation>e.g. Qualification review and the platform&apos;s rules</translation>
    </message>
    <message>
        <source>Every signed agent gets platform training soon after its first contract starts (§2.7). Record who attended after the session.</source>
        <translation>Every signed agent gets platform training soon after its first contract starts (§2.7). Record who attended after the session.</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>T&amp;rainer:</translation>
    </message>
    <message>
        <source>Add Session</source>
        <translation>Add Session</translation>
    </message>
</context>
<context>
    <name>cd::TrainingSessionModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
</context>
<context>
    <name>cd::Uscc</name>
    <message>
        <source>Staffing authority (organs and public institutions)</source>
        <translation>Staffing authority (organs and public institutions)</translation>
    </message>
    <message>
        <source>Foreign affairs</source>
        <translation>Foreign affairs</translation>
    </message>
    <message>
        <source>Judicial administration</source>
        <translation>Judicial administration</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Civil affairs</source>
        <translation>Civil affairs</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <source>Religious affairs</source>
        <translation>Religious affairs</translation>
    </message>
    <message>
        <source>Trade unions</source>
        <translation>Trade unions</translation>
    </message>
    <message>
        <source>Market regulation (industry and commerce)</source>
        <translation>Market regulation (industry and commerce)</translation>
    </message>
    <message>
        <source>Central Military Commission reform and staffing office</source>
        <translation>Central Military Commission reform and staffing office</translation>
    </message>
    <message>
        <source>Agriculture and rural affairs</source>
        <translation>Agriculture and rural affairs</translation>
    </message>
    <message>
        <source>Other registration authority</source>
        <translation>Other registration authority</translation>
    </message>
    <message>
        <source>State organ</source>
        <translation>State organ</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <source>Mass organisation staffed by the central staffing office</source>
        <translation>Mass organisation staffed by the central staffing office</translation>
    </message>
    <message>
        <source>Other body registered by the staffing authority</source>
        <translation>Other body registered by the staffing authority</translation>
    </message>
    <message>
        <source>Resident foreign news agency</source>
        <translation>Resident foreign news agency</translation>
    </message>
    <message>
        <source>Other body registered by foreign affairs</source>
        <translation>Other body registered by foreign affairs</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>Law firm</translation>
    </message>
    <message>
        <source>Notary office</source>
        <translation>Notary office</translation>
    </message>
    <message>
        <source>Grassroots legal service office</source>
        <translation>Grassroots legal service office</translation>
    </message>
    <message>
        <source>Forensic appraisal institution</source>
        <translation>Forensic appraisal institution</translation>
    </message>
    <message>
        <source>Arbitration commission</source>
        <translation>Arbitration commission</translation>
    </message>
    <message>
        <source>Other body registered by judicial administration</source>
        <translation>Other body registered by judicial administration</translation>
    </message>
    <message>
        <source>Foreign cultural centre in China</source>
        <translation>Foreign cultural centre in China</translation>
    </message>
    <message>
        <source>Other body registered by culture</source>
        <translation>Other body registered by culture</translation>
    </message>
    <message>
        <source>Social organisation</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <source>Private non-enterprise unit</source>
        <translation>Private non-enterprise unit</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <source>Other body registered by civil affairs</source>
        <translation>Other body registered by civil affairs</translation>
    </message>
    <message>
        <source>Resident office of a foreign tourism authority</source>
        <translation>Resident office of a foreign tourism authority</translation>
    </message>
    <message>
        <source>Resident office of a Hong Kong, Macao or Taiwan tourism authority</source>
        <translation>Resident office of a Hong Kong, Macao or Taiwan tourism authority</translation>
    </message>
    <message>
        <source>Other body registered by tourism</source>
        <translation>Other body registered by tourism</translation>
    </message>
    <message>
        <source>Religious venue</source>
        <translation>Religious venue</translation>
    </message>
    <message>
        <source>Religious school</source>
        <translation>Religious school</translation>
    </message>
    <message>
        <source>Other body registered by religious affairs</source>
        <translation>Other body registered by religious affairs</translation>
    </message>
    <message>
        <source>Grassroots trade union</source>
        <translation>Grassroots trade union</translation>
    </message>
    <message>
        <source>Other trade union body</source>
        <translation>Other trade union body</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Individual business</source>
        <translation>Individual business</translation>
    </message>
    <message>
        <source>Farmers&apos; specialised cooperative</source>
        <translation>Farmers&apos; specialised cooperative</translation>
    </message>
    <message>
        <source>Military public institution</source>
        <translation>Military public institution</translation>
    </message>
    <message>
        <source>Other body registered by the military staffing office</source>
        <translation>Other body registered by the military staffing office</translation>
    </message>
    <message>
        <source>Group-level rural collective economic organisation</source>
        <translation>Group-level rural collective economic organisation</translation>
    </message>
    <message>
        <source>Village-level rural collective economic organisation</source>
        <translation>Village-level rural collective economic organisation</translation>
    </message>
    <message>
        <source>Township-level rural collective economic organisation</source>
        <translation>Township-level rural collective economic organisation</translation>
    </message>
    <message>
        <source>Other body registered by agriculture</source>
        <translation>Other body registered by agriculture</translation>
    </message>
    <message>
        <source>Organisation registered by another authority</source>
        <translation>Organisation registered by another authority</translation>
    </message>
    <message>
        <source>No unified social credit code was given.</source>
        <translation>No unified social credit code was given.</translation>
    </message>
    <message>
        <source>This is a natural person&apos;s resident ID number, not an organisation&apos;s unified social credit code.</source>
        <translation>This is a natural person&apos;s resident ID number, not an organisation&apos;s unified social credit code.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>A unified social credit code has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>Fifteen digits may be a business registration number from before the codes were unified: ask for the 18-character code on the current licence.</source>
        <translation>Fifteen digits may be a business registration number from before the codes were unified: ask for the 18-character code on the current licence.</translation>
    </message>
    <message>
        <source>Position %1 holds the letter %2, which unified social credit codes never use (I, O, S, V and Z are left out).</source>
        <translation>Position %1 holds the letter %2, which unified social credit codes never use (I, O, S, V and Z are left out).</translation>
    </message>
    <message>
        <source>Did you mean the digit %1?</source>
        <translation>Did you mean the digit %1?</translation>
    </message>
    <message>
        <source>Position %1 holds %2, which is not allowed: a unified social credit code has only digits and capital letters other than I, O, S, V and Z.</source>
        <translation>Position %1 holds %2, which is not allowed: a unified social credit code has only digits and capital letters other than I, O, S, V and Z.</translation>
    </message>
    <message>
        <source>The check character (position 18) is %1, but the first 17 characters give %2: the code has been mistyped.</source>
        <translation>The check character (position 18) is %1, but the first 17 characters give %2: the code has been mistyped.</translation>
    </message>
    <message>
        <source>Positions 3 to 8 are the six digits of an administrative division code, but position %1 holds %2.</source>
        <translation>Positions 3 to 8 are the six digits of an administrative division code, but position %1 holds %2.</translation>
    </message>
    <message>
        <source>%1 (position 1) is not a registration authority code.</source>
        <translation>%1 (position 1) is not a registration authority code.</translation>
    </message>
    <message>
        <source>Registration authority %1, %2, has no category %3 (position 2).</source>
        <translation>Registration authority %1, %2, has no category %3 (position 2).</translation>
    </message>
    <message>
        <source>An agent needs a unified social credit code.</source>
        <translation>An agent needs a unified social credit code.</translation>
    </message>
    <message>
        <source>An individual business (code beginning with 92) may not be an agent: only legal entities may.</source>
        <translation>An individual business (code beginning with 92) may not be an agent: only legal entities may.</translation>
    </message>
</context>
<context>
    <name>cd::UsccCommand</name>
    <message>
        <source>Check a unified social credit code; print it normalised if valid.</source>
        <translation>Check a unified social credit code; print it normalised if valid.</translation>
    </message>
    <message>
        <source>Exit code 0 when the code is valid, 1 with the reason when not. Lower case, spaces and dashes are accepted.</source>
        <translation>Exit code 0 when the code is valid, 1 with the reason when not. Lower case, spaces and dashes are accepted.</translation>
    </message>
    <message>
        <source>The 18-character code.</source>
        <translation>The 18-character code.</translation>
    </message>
</context>
<context>
    <name>cd::UserCommands</name>
    <message>
        <source>The new password comes from CHANNELDESK_NEW_PASSWORD or is asked twice.</source>
        <translation>The new password comes from CHANNELDESK_NEW_PASSWORD or is asked twice.</translation>
    </message>
    <message>
        <source>Create a user account (administrators only).</source>
        <translation>Create a user account (administrators only).</translation>
    </message>
    <message>
        <source>The name of the new account.</source>
        <translation>The name of the new account.</translation>
    </message>
    <message>
        <source>The role: admin, manager or auditor.</source>
        <translation>The role: admin, manager or auditor.</translation>
    </message>
    <message>
        <source>Missing --role (admin, manager or auditor).</source>
        <translation>Missing --role (admin, manager or auditor).</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use admin, manager or auditor.</source>
        <translation>Unknown role &quot;%1&quot;: use admin, manager or auditor.</translation>
    </message>
    <message>
        <source>List the user accounts, tab-separated.</source>
        <translation>List the user accounts, tab-separated.</translation>
    </message>
    <message>
        <source>Columns: name, role, status, created_at, last_login_at.</source>
        <translation>Columns: name, role, status, created_at, last_login_at.</translation>
    </message>
    <message>
        <source>Set a user&apos;s password (administrators; anyone for their own).</source>
        <translation>Set a user&apos;s password (administrators; anyone for their own).</translation>
    </message>
    <message>
        <source>The account whose password changes.</source>
        <translation>The account whose password changes.</translation>
    </message>
    <message>
        <source>Disable a user account so it can no longer sign in.</source>
        <translation>Disable a user account so it can no longer sign in.</translation>
    </message>
    <message>
        <source>The account to disable.</source>
        <translation>The account to disable.</translation>
    </message>
    <message>
        <source>Enable a disabled user account again.</source>
        <translation>Enable a disabled user account again.</translation>
    </message>
    <message>
        <source>The account to enable.</source>
        <translation>The account to enable.</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Password for the new user %1: </translation>
    </message>
    <message>
        <source>Created the user %1 with the role %2.</source>
        <translation>Created the user %1 with the role %2.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Changed the password of %1.</translation>
    </message>
    <message>
        <source>Enabled the user %1.</source>
        <translation>Enabled the user %1.</translation>
    </message>
    <message>
        <source>Disabled the user %1.</source>
        <translation>Disabled the user %1.</translation>
    </message>
</context>
<context>
    <name>cd::UserDialog</name>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirm password:</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>The new user signs in with this name and password. Managers work with agents, customers and numbers; auditors only read; administrators also manage users and settings.</source>
        <translation>The new user signs in with this name and password. Managers work with agents, customers and numbers; auditors only read; administrators also manage users and settings.</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next sign-in.</source>
        <translation>The new role applies from the user&apos;s next sign-in.</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>Give the user the new password in person; they can sign in with it at once. A locked account is unlocked.</source>
        <translation>Give the user the new password in person; they can sign in with it at once. A locked account is unlocked.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>cd::UserListModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>cd::UserService</name>
    <message>
        <source>The user name is empty.</source>
        <translation>The user name is empty.</translation>
    </message>
    <message>
        <source>The user name is longer than 64 characters.</source>
        <translation>The user name is longer than 64 characters.</translation>
    </message>
    <message>
        <source>The user name contains a control character.</source>
        <translation>The user name contains a control character.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The database already has users; sign in as an administrator to add more.</source>
        <translation>The database already has users; sign in as an administrator to add more.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>The password could not be hashed.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>Only an administrator may manage users.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>A user named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>There is no user named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and must stay one.</source>
        <translation>&quot;%1&quot; is the last active administrator and must stay one.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the account is locked until %1 UTC.</source>
        <translation>Too many failed sign-ins: the account is locked until %1 UTC.</translation>
    </message>
</context>
<context>
    <name>cd::UsersPage</name>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Add User…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Change &amp;Role…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Reset &amp;Password…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The accounts that may sign in to this database and their roles. Every change is recorded in the audit log.</source>
        <translation>The accounts that may sign in to this database and their roles. Every change is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; added as %2.</source>
        <translation>User &quot;%1&quot; added as %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2.</source>
        <translation>&quot;%1&quot; is now %2.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset.</source>
        <translation>The password of &quot;%1&quot; was reset.</translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation>Deactivate User</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? The account can no longer sign in; its entries in the audit log stay.</source>
        <translation>Deactivate &quot;%1&quot;? The account can no longer sign in; its entries in the audit log stay.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can sign in again.</source>
        <translation>&quot;%1&quot; can sign in again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deactivated.</source>
        <translation>&quot;%1&quot; was deactivated.</translation>
    </message>
</context>
<context>
    <name>cd::ViolationDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>New Violation</source>
        <translation>New Violation</translation>
    </message>
    <message>
        <source>§3.9 Fraudulent customers</source>
        <translation>§3.9 Fraudulent customers</translation>
    </message>
    <message>
        <source>§3.2 Unlawful or improper operation</source>
        <translation>§3.2 Unlawful or improper operation</translation>
    </message>
    <message>
        <source>What was found, where and by whom</source>
        <translation>What was found, where and by whom</translation>
    </message>
    <message>
        <source>Add &amp;File…</source>
        <translation>Add &amp;File…</translation>
    </message>
    <message>
        <source>A case stays open until a manager classifies it (§3.9) and decides any penalties (§3.2).</source>
        <translation>A case stays open until a manager classifies it (§3.9) and decides any penalties (§3.2).</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>&amp;Clause:</source>
        <translation>&amp;Clause:</translation>
    </message>
    <message>
        <source>&amp;Found on:</source>
        <translation>&amp;Found on:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>E&amp;vidence:</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Open Case</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Attach Evidence</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg);;PDF documents (*.pdf)</source>
        <translation>All files (*);;Images (*.png *.jpg *.jpeg);;PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Case #%1 is open, but %2 could not be read: %3. Remove it or choose another file, then press OK again.</source>
        <translation>Case #%1 is open, but %2 could not be read: %3. Remove it or choose another file, then press OK again.</translation>
    </message>
    <message>
        <source>Case #%1 is open, but %2 was not attached: %3</source>
        <translation>Case #%1 is open, but %2 was not attached: %3</translation>
    </message>
</context>
<context>
    <name>cd::ViolationListModel</name>
    <message>
        <source>Spot check</source>
        <translation>Spot check</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Follow-up review</translation>
    </message>
    <message>
        <source>Qualification review</source>
        <translation>Qualification review</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>cd::ViolationService</name>
    <message>
        <source>A violation rests on §3.2 (unlawful or improper operation) or §3.9 (fraudulent customers); &quot;%1&quot; is neither.</source>
        <translation>A violation rests on §3.2 (unlawful or improper operation) or §3.9 (fraudulent customers); &quot;%1&quot; is neither.</translation>
    </message>
    <message>
        <source>Describe the violation.</source>
        <translation>Describe the violation.</translation>
    </message>
    <message>
        <source>A violation needs the date it was found.</source>
        <translation>A violation needs the date it was found.</translation>
    </message>
    <message>
        <source>An auditor may not record violations.</source>
        <translation>An auditor may not record violations.</translation>
    </message>
    <message>
        <source>The evidence file %1 is empty.</source>
        <translation>The evidence file %1 is empty.</translation>
    </message>
    <message>
        <source>Choose negligent or intentional.</source>
        <translation>Choose negligent or intentional.</translation>
    </message>
    <message>
        <source>A classification needs its date.</source>
        <translation>A classification needs its date.</translation>
    </message>
    <message>
        <source>Violation %1 is already classified as %2.</source>
        <translation>Violation %1 is already classified as %2.</translation>
    </message>
    <message>
        <source>A penalty needs the date it was decided.</source>
        <translation>A penalty needs the date it was decided.</translation>
    </message>
    <message>
        <source>A fine needs a positive amount.</source>
        <translation>A fine needs a positive amount.</translation>
    </message>
    <message>
        <source>A stop on new activations needs a start and an end date, the end not before the start.</source>
        <translation>A stop on new activations needs a start and an end date, the end not before the start.</translation>
    </message>
    <message>
        <source>%1 is already at the lowest tier; it cannot be downgraded.</source>
        <translation>%1 is already at the lowest tier; it cannot be downgraded.</translation>
    </message>
    <message>
        <source>%1 has no active contract to terminate.</source>
        <translation>%1 has no active contract to terminate.</translation>
    </message>
    <message>
        <source>Classify violation %1 before closing it.</source>
        <translation>Classify violation %1 before closing it.</translation>
    </message>
    <message>
        <source>There is no violation %1.</source>
        <translation>There is no violation %1.</translation>
    </message>
    <message>
        <source>There is no evidence file with the id %1.</source>
        <translation>There is no evidence file with the id %1.</translation>
    </message>
</context>
<context>
    <name>cd::ViolationsPage</name>
    <message>
        <source>&amp;New Violation…</source>
        <translation>&amp;New Violation…</translation>
    </message>
    <message>
        <source>&amp;Classify…</source>
        <translation>&amp;Classify…</translation>
    </message>
    <message>
        <source>&amp;Penalty…</source>
        <translation>&amp;Penalty…</translation>
    </message>
    <message>
        <source>C&amp;lose Case</source>
        <translation>C&amp;lose Case</translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation>&amp;Add Evidence…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Save As…</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Cases against agents: fraudulent customers (§3.9) and unlawful or improper operation (§3.2), their classification, penalties and evidence.</source>
        <translation>Cases against agents: fraudulent customers (§3.9) and unlawful or improper operation (§3.2), their classification, penalties and evidence.</translation>
    </message>
    <message>
        <source>No violation cases on record.</source>
        <translation>No violation cases on record.</translation>
    </message>
    <message>
        <source>Penalties (§3.2)</source>
        <translation>Penalties (§3.2)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Select a case to see its description, penalties and evidence.</source>
        <translation>Select a case to see its description, penalties and evidence.</translation>
    </message>
    <message>
        <source>Case #%1 · %2</source>
        <translation>Case #%1 · %2</translation>
    </message>
    <message>
        <source>Found %1 (%2) · %3 · %4</source>
        <translation>Found %1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Classified %1 on %2 by %3</source>
        <translation>Classified %1 on %2 by %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>SHA-256 %1, added %2</source>
        <translation>SHA-256 %1, added %2</translation>
    </message>
    <message>
        <source>Classify the case before closing it (§3.9)</source>
        <translation>Classify the case before closing it (§3.9)</translation>
    </message>
    <message>
        <source>Case #%1 opened against %2 (%3).</source>
        <translation>Case #%1 opened against %2 (%3).</translation>
    </message>
    <message>
        <source>Close Case</source>
        <translation>Close Case</translation>
    </message>
    <message>
        <source>Close case #%1 against %2? A closed case takes no further penalties; it stays on record.</source>
        <translation>Close case #%1 against %2? A closed case takes no further penalties; it stays on record.</translation>
    </message>
    <message>
        <source>Case #%1 closed.</source>
        <translation>Case #%1 closed.</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Attach Evidence</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg);;PDF documents (*.pdf)</source>
        <translation>All files (*);;Images (*.png *.jpg *.jpeg);;PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 attached to case #%2.</source>
        <translation>%1 attached to case #%2.</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>Save Evidence As</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Show &amp;All Cases</source>
        <translation>Show &amp;All Cases</translation>
    </message>
    <message>
        <source>showing the open ones</source>
        <translation>showing the open ones</translation>
    </message>
    <message>
        <source>showing the closed ones</source>
        <translation>showing the closed ones</translation>
    </message>
</context>
<context>
    <name>cd::ViolationsReport</name>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Agent&apos;s code</source>
        <translation>Agent&apos;s code</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalties</translation>
    </message>
</context>
<context>
    <name>cd::main</name>
    <message>
        <source>Channel management for 400-number providers.</source>
        <translation>Channel management for 400-number providers.</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>The database file to open.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
</context>
</TS>
