<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation><numerusform>%n customer developed</numerusform><numerusform>%n customers developed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n served by the agent</source>
        <translation><numerusform>%n served by the agent</numerusform><numerusform>%n served by the agent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n by the provider</source>
        <translation><numerusform>%n by the provider</numerusform><numerusform>%n by the provider</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Taken over %1 under %2 (%n customer(s)): %3</source>
        <translation><numerusform>Taken over %1 under %2 (%n customer): %3</numerusform><numerusform>Taken over %1 under %2 (%n customers): %3</numerusform></translation>
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
        <translation><numerusform>%n agent</numerusform><numerusform>%n agents</numerusform></translation>
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
        <source>This build cannot import agents.</source>
        <translation>This build cannot import agents.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these rows and import the file again:</source>
        <translation>Nothing was imported from %1. Correct these rows and import the file again:</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) imported from %1.</source>
        <translation><numerusform>%n agent imported from %1.</numerusform><numerusform>%n agents imported from %1.</numerusform></translation>
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
        <translation><numerusform>%n agent to record</numerusform><numerusform>%n agents to record</numerusform></translation>
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
        <translation><numerusform>%Ln entry</numerusform><numerusform>%Ln entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries match the filters</source>
        <translation><numerusform>%1 of %Ln entry matches the filters</numerusform><numerusform>%1 of %Ln entries match the filters</numerusform></translation>
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
        <translation><numerusform>%n contract</numerusform><numerusform>%n contracts</numerusform></translation>
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
        <translation><numerusform>%n draft for %1 prepared (§9.2).</numerusform><numerusform>%n drafts for %1 prepared (§9.2).</numerusform></translation>
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
        <source>The state of this database at a glance.</source>
        <translation>The state of this database at a glance.</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Recent activity</translation>
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
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation><numerusform>%n active</numerusform><numerusform>%n active</numerusform></translation>
    </message>
    <message>
        <source>Append-only, never edited</source>
        <translation>Append-only, never edited</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>This version knows schema %1</source>
        <translation>This version knows schema %1</translation>
    </message>
    <message>
        <source>%1 · last changed %2</source>
        <translation>%1 · last changed %2</translation>
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
        <translation><numerusform>%1 (%2 to %3): %n agent evaluated</numerusform><numerusform>%1 (%2 to %3): %n agents evaluated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n proposal(s) open (threshold %1 %).</source>
        <translation><numerusform>; %n proposal open (threshold %1 %).</numerusform><numerusform>; %n proposals open (threshold %1 %).</numerusform></translation>
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
        <translation><numerusform>%1. %n agent; promotion at %2 % of the task or more, one tier up from %3 (§2.4).</numerusform><numerusform>%1. %n agents; promotion at %2 % of the task or more, one tier up from %3 (§2.4).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) open.</source>
        <translation><numerusform>%n proposal open.</numerusform><numerusform>%n proposals open.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 evaluated: %n agent(s)</source>
        <translation><numerusform>%1 evaluated: %n agent</numerusform><numerusform>%1 evaluated: %n agents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n promotion(s) waiting for a decision.</source>
        <translation><numerusform>, %n promotion waiting for a decision.</numerusform><numerusform>, %n promotions waiting for a decision.</numerusform></translation>
    </message>
    <message>
        <source>%1 moves up to %2 from %3 (§2.4).</source>
        <translation>%1 moves up to %2 from %3 (§2.4).</translation>
    </message>
    <message>
        <source>The promotion of %1 to %2 was declined; it stays %3.</source>
        <translation>The promotion of %1 to %2 was declined; it stays %3.</translation>
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
        <translation><numerusform>%n error in %1; nothing was imported</numerusform><numerusform>%n errors in %1; nothing was imported</numerusform></translation>
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
        <source>Settings</source>
        <translation>Settings</translation>
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
        <translation><numerusform>%n change saved, then:</numerusform><numerusform>%n changes saved, then:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved. They apply from now on and are recorded in the audit log.</source>
        <translation><numerusform>%n change saved. They apply from now on and are recorded in the audit log.</numerusform><numerusform>%n changes saved. They apply from now on and are recorded in the audit log.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation><numerusform>%n unsaved change</numerusform><numerusform>%n unsaved changes</numerusform></translation>
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
    <name>cd::PlaceholderPage</name>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Not available in this version yet.</translation>
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
        <translation><numerusform>%n price missing on %1: every plan needs an agent price for each tier at both levels.</numerusform><numerusform>%n prices missing on %1: every plan needs an agent price for each tier at both levels.</numerusform></translation>
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
        <translation><numerusform>%n price cut from %1.</numerusform><numerusform>%n prices cut from %1.</numerusform></translation>
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
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>This build cannot import %1.</source>
        <translation>This build cannot import %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) imported from %1.</source>
        <translation><numerusform>%n plan imported from %1.</numerusform><numerusform>%n plans imported from %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) imported from %1.</source>
        <translation><numerusform>%n price imported from %1.</numerusform><numerusform>%n prices imported from %1.</numerusform></translation>
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
        <translation><numerusform>Cut %n price from %1.</numerusform><numerusform>Cut %n prices from %1.</numerusform></translation>
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
        <translation><numerusform>%n price missing: every plan needs a price for each tier at both levels.</numerusform><numerusform>%n prices missing: every plan needs a price for each tier at both levels.</numerusform></translation>
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
        <translation><numerusform>%n price would change from %1; every price chain stays whole.</numerusform><numerusform>%n prices would change from %1; every price chain stays whole.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would change, but the chain of %1 would break: the cut cannot be applied as it stands.</source>
        <translation><numerusform>%n price would change, but the chain of %1 would break: the cut cannot be applied as it stands.</numerusform><numerusform>%n prices would change, but the chain of %1 would break: the cut cannot be applied as it stands.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n broken link(s) of the price chain (§2.4):</source>
        <translation><numerusform>%n broken link of the price chain (§2.4):</numerusform><numerusform>%n broken links of the price chain (§2.4):</numerusform></translation>
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
    <name>cd::SqlQuery</name>
    <message>
        <source>No such record.</source>
        <translation>No such record.</translation>
    </message>
</context>
<context>
    <name>cd::SweepCommand</name>
    <message>
        <source>Run the daily lifecycle sweep up to a date; print counts per transition.</source>
        <translation>Run the daily lifecycle sweep up to a date; print counts per transition.</translation>
    </message>
    <message>
        <source>Idempotent: a second run for the same date changes nothing. Missed days are caught up in one run, each transition on its true date.</source>
        <translation>Idempotent: a second run for the same date changes nothing. Missed days are caught up in one run, each transition on its true date.</translation>
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
        <translation><numerusform>Take Over %n Customer</numerusform><numerusform>Take Over %n Customers</numerusform></translation>
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
        <translation><numerusform>The provider now serves %n customer of %1 (%2).</numerusform><numerusform>The provider now serves %n customers of %1 (%2).</numerusform></translation>
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
        <translation><numerusform>It may still renew and serve its %n customer but may not open new numbers (§9.6).</numerusform><numerusform>It may still renew and serve its %n customers but may not open new numbers (§9.6).</numerusform></translation>
    </message>
    <message>
        <source>The prepared draft %1 ends with it.</source>
        <translation>The prepared draft %1 ends with it.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-agent(s) may no longer open new numbers while their parent is terminated.</source>
        <translation><numerusform>Its %n sub-agent may no longer open new numbers while their parent is terminated.</numerusform><numerusform>Its %n sub-agents may no longer open new numbers while their parent is terminated.</numerusform></translation>
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
        <translation><numerusform>Overdue by %n day</numerusform><numerusform>Overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation><numerusform>Due in %n day</numerusform><numerusform>Due in %n days</numerusform></translation>
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
        <translation><numerusform>%n agent overdue</numerusform><numerusform>%n agents overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more due soon</source>
        <translation><numerusform>%n more due soon</numerusform><numerusform>%n more due soon</numerusform></translation>
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
        <translation><numerusform>Attendance of %n agent recorded (§2.7).</numerusform><numerusform>Attendance of %n agents recorded (§2.7).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>An agent is overdue when %n day(s) have passed since its first contract&apos;s start and it has not yet attended a session.</source>
        <translation><numerusform>An agent is overdue when %n day have passed since its first contract&apos;s start and it has not yet attended a session.</numerusform><numerusform>An agent is overdue when %n days have passed since its first contract&apos;s start and it has not yet attended a session.</numerusform></translation>
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
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation><numerusform>%n open</numerusform><numerusform>%n open</numerusform></translation>
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
