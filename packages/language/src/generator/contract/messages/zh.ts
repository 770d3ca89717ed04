/**
 * The Simplified Chinese catalog of the contract text: the keys and placeholders of `en.ts`, in the
 * register of Chinese cloud service level agreements (docs/GLOSSARY.md lists the terms and where they
 * come from). Chinese writes no spaces between words and uses full-width punctuation.
 */
import type { Messages } from './en.js';

export const zh: Messages = {
    // Cover block and opening
    title: '{title} — 服务等级协议',
    'field.provider': '服务提供方:',
    'field.customer': '客户:',
    'field.effective': '生效日期:',
    'field.term': '期限:',
    'field.scope': '适用服务:',
    'term.months': '{count, plural, other {{n}个月}}',
    'term.years': '{count, plural, other {{n}年}}',

    // Shared words
    'period.noun': '{period, select, monthly {月} quarterly {季度} other {年}}',
    'period.uptime': '{period, select, monthly {月度服务可用性} quarterly {季度服务可用性} other {年度服务可用性}}',
    'sentence.separator': '',
    'list.itemEnd': '{item};',
    'list.lastItemEnd': '{item}。',
    'sentence.end': '{text}。',
    'cell.none': '—',
    'table.tier': '套餐',
    'unit.week': '{count, plural, other {{n}周}}',
    'unit.day': '{count, plural, other {{n}天}}',
    'unit.hour': '{count, plural, other {{n}小时}}',
    'unit.minute': '{count, plural, other {{n}分钟}}',
    'unit.second': '{count, plural, other {{n}秒}}',
    'unit.millisecond': '{count, plural, other {{n}毫秒}}',
    'unit.ms': '{n}毫秒',
    'duration.parts': '{first}{rest}',
    money: '{amount} {currency}',
    percentile: 'p{n}',

    // 1. Definitions
    'definitions.title': '定义',
    'definitions.uptime':
        '{term}指一个自然{noun}内的总分钟数,减去该{noun}内服务不可用时间的分钟数,再除以该{noun}内的总分钟数,以百分比表示。',
    'definitions.uptime.exclusions': '根据第{exclusions}条排除的分钟数不计入服务不可用时间。',
    'definitions.downtime.term': '服务不可用时间',
    'definitions.downtime': '{term}指{definition}',
    'definitions.downtime.missing': '{term}指[待定义:本协议未定义服务不可用时间]。',
    'definitions.probes': '可用性通过{probes}进行衡量。',
    probes: '从{count, plural, other {{n}个地点}}{every}发起的合成探测',
    'probes.every': '每{duration}',
    'probes.everyUnit': '{unit, select, week {每周} day {每天} hour {每小时} minute {每分钟} second {每秒} other {每毫秒}}',
    'definitions.maintenance.term': '计划内维护',
    'definitions.maintenance.excluded': '计划内维护不计入服务不可用时间。',
    'definitions.maintenance.included': '计划内维护计入服务不可用时间。',
    'definitions.serviceCredit.term': '服务费抵扣',

    // 2. Service Commitment
    'commitment.title': '服务承诺',
    'commitment.latency': '延迟({percentile})',
    'commitment.percentiles': '延迟数值为百分位数:{percentile}承诺的达成条件是,一个{noun}内被测量的请求中至少{share}%在规定时间内完成。',
    'commitment.latencyScope': '{percentile}延迟承诺适用于:{description}',
    'commitment.latencyScope.tiers': '{percentile}延迟承诺({tiers})适用于:{description}',

    // 3. Support
    'support.title': '技术支持',
    'support.none': '本SLA不包含技术支持承诺。',
    'support.coverage': '支持时间',
    'coverage.24x7': '7×24小时',
    'coverage.none': '不提供技术支持',
    'coverage.kind': '{kind, select, business {工作时间} other {延长时间}}',
    'coverage.hours': '{kind},{start}-{end}',
    'coverage.zone': '{coverage}({zone})',
    'zone.customer-local': '客户当地时间',
    'zone.provider-local': '服务提供方当地时间',
    'zone.UTC': 'UTC',
    'zone.iana': '{zone}时区',
    'support.severities': '故障级别,由最严重到最轻微:',
    'support.severity': '{name}:{description}',
    'support.severity.column': '故障级别',
    'support.response': '首次{response, select, other {响应}}',
    'support.resolution': '{resolution, select, other {解决}}时限',
    'support.escalation': '升级',
    'support.bestEffort': '尽力而为',
    'support.escalationAfter': '{duration}后',
    'support.noResponses': '{count, plural, other {套餐}}{tiers}不承诺{response, select, other {响应}}时间。',

    // 4. Service Credits
    'credits.title': '服务费抵扣',
    'credits.none': '本SLA不提供服务费抵扣。',
    'credits.column': '服务费抵扣',
    'coverage.calendar': '{calendar}日历的时间',
    'credits.periodCap': '每{noun}的服务费抵扣总额不超过{cap}。',
    'credits.annualCap': '每年的服务费抵扣总额合计不超过{cap}。',
    'credits.shareOfMonthlyFee': '月度服务费用的{share}',
    'credits.shareOfAnnualFee': '年度服务费用的{share}',
    'credits.uncapped': '该套餐的服务费抵扣不设上限。',
    'credits.withoutTiers': '{count, plural, other {套餐}}{tiers}不适用服务费抵扣。',
    'bracket.exactly': '等于{value}',
    'bracket.any': '任意数值',
    'bracket.upper': '{inclusive, select, yes {小于或等于} other {小于}}{max}',
    'bracket.lower': '{inclusive, select, yes {大于或等于} other {大于}}{min}',
    'bracket.between':
        '{maxInclusive, select, yes {小于或等于} other {小于}}{max}且{minInclusive, select, yes {大于或等于} other {大于}}{min}',

    // 5. Exclusions
    'exclusions.title': '除外情形',
    'exclusions.none': '本SLA未列明除外情形。',
    'exclusion.third-party': '由服务提供方控制范围以外的第三方服务商导致的服务不可用',
    'exclusion.customer-caused': '由客户的作为或不作为导致的服务不可用',
    'exclusion.internet-connectivity': '由客户的互联网连接导致的服务不可用',
    'exclusion.force-majeure': '由不可抗力事件导致的服务不可用',
    'exclusion.ddos': '由分布式拒绝服务(DDoS)攻击导致的服务不可用',
    'exclusion.beta-features': '标明为测试版(beta)的功能',

    // 6. Claims
    'claims.title': '赔偿申请',
    'claims.appliedTo.next-invoice': '服务费抵扣将用于抵扣客户的下一期账单。',
    'claims.appliedTo.refund': '服务费抵扣将以退款方式支付给客户。',
    'claims.appliedTo.subscription-extension': '服务费抵扣将以延长客户订阅期的方式提供。',

    // 7. Measurement
    'measurement.title': '衡量方式',
    'measurement.period': '按自然{noun}衡量是否达成承诺。',
    'measurement.periodProbes': '按自然{noun}衡量是否达成承诺,衡量方式为{probes}。',
    'measurement.maintenance':
        '{defined, select, yes {计划内维护} other {计划内维护}}{excluded, select, yes {不计入} other {计入}}服务不可用时间。',
    'measurement.budgetIntro': '供参考:每项承诺允许的服务不可用时间,按(100%减去承诺的{uptime})乘以周期长度计算,并四舍五入到秒:',
    'measurement.perDay': '每天',
    'measurement.perWeek': '每周',
    'measurement.perPeriod': '每{noun}({days}天)',
    'measurement.perPeriodRange': '每{noun}({min}至{max}天)',
    'measurement.perYear': '每年(365天)',
    'measurement.range': '{min}至{max}',
    'preamble.customer':
        '{provider}(“服务提供方”)与{customer}(“客户”)之间的本服务等级协议(“SLA”)规定了服务提供方对每个套餐承诺的服务等级{credits, select, yes {、其衡量方式,以及承诺未达成时适用的服务费抵扣} other {及其衡量方式}}。',
    'preamble.offering':
        '{provider}(“服务提供方”)的本服务等级协议(“SLA”)规定了服务提供方对每个套餐承诺的服务等级{credits, select, yes {、其衡量方式,以及承诺未达成时适用的服务费抵扣} other {及其衡量方式}}。',
    'preamble.offering.customer': '“客户”指根据本SLA订购任一套餐的服务提供方的每一位客户。',
    'unit.per': '{per, select, day {天} week {周} month {月} quarter {季度} other {年}}',
    'definitions.maintenance':
        '{term}指服务提供方{notice, select, none {} other {至少提前{notice}通知并}}在以下时间段内进行的维护{allowance, select, none {} other {(每{per}不超过{allowance})}}:{window}',
    'definitions.maintenance.windows': '{term}指服务提供方在下列任一时间段内进行的维护,其通知与时长限制以该时间段的规定为准。',
    'definitions.maintenance.window':
        '{window}{notice, select, none {} other {,至少提前{notice}通知}}{allowance, select, none {} other {,每{per}不超过{allowance}}}',
    'definitions.serviceCredit': '{term}指按第{credits}条规定、以套餐月度服务费用的一定百分比给予的抵扣。',
    'definitions.monthlyFee.term': '月度服务费用',
    'definitions.monthlyFee':
        '{term}指某一套餐一个月服务的费用{priced, select, yes {,见第{commitment}条} other {}}{annual, select, yes {(对于按年计价的套餐,为其年度服务费用的十二分之一)} other {}}。',
    'commitment.firm':
        '服务提供方保证{scoped, select, yes {适用服务} other {服务}}的{uptime}不低于下表中{tiers, plural, =1 {{tier}套餐} other {各套餐}}对应的数值。',
    'commitment.efforts':
        '服务提供方将尽商业上合理的努力,使{scoped, select, yes {适用服务} other {服务}}的{uptime}不低于下表中{tiers, plural, =1 {{tier}套餐} other {各套餐}}对应的数值。',
    'commitment.fee': '月度服务费用',
    'commitment.budget': '每{noun}({days}天)允许的服务不可用时间(四舍五入到秒)',
    'credits.intro':
        '如某一套餐在某一自然{noun}的{uptime}低于第{commitment}条中该套餐的承诺,客户有权获得下表中该套餐对应的服务费抵扣{claims, select, yes {,但须根据第{claimsSection}条提出申请} other {}}。',
    'credits.latencyIntro': '如该套餐在一个自然{noun}内测得的{percentile}延迟落入下列区间之一,按相同条件适用所列的服务费抵扣:',
    'credits.cap':
        '{period, select, monthly {每月的服务费抵扣总额不超过该套餐月度服务费用的{cap}。} other {每{noun}的服务费抵扣总额不超过该套餐月度服务费用的{cap}(按一个月的费用计算,而非整个{noun}的费用)。}}',
    'exclusions.intro': '{credits, select, yes {本SLA中的承诺以及第{section}条规定的服务费抵扣不适用于:} other {本SLA中的承诺不适用于:}}',
    'exclusion.scheduled-maintenance':
        '计划内维护({window}){notice, select, none {} other {,至少提前{notice}通知}}{allowance, select, none {} other {,每{per}不超过{allowance}}}',
    'claims.none': '本SLA未规定申请程序。',
    'claims.window': '客户须在发生服务不可用时间的{noun}结束后{window}内提出服务费抵扣申请。',
    'commitment.feePerYear': '每年{amount}(月度服务费用为其十二分之一)',
    'services.title': '服务',
    'services.covered': '本SLA适用于以下服务:',
    'services.item': '{name}{description, select, none {} other {:{description}}}',
    'services.regions': '服务{name}在以下地域提供:{regions}。',
    'services.measuredPer':
        '服务{name}的各项承诺分别适用于每个{unit, select, region {地域} instance {实例} zone {可用区} endpoint {端点} other {账号}}。',
    'services.tierIntro': '对于{tier}套餐,服务提供方就每项服务作出以下承诺:',
    'services.column.service': '服务',
    'services.column.errorRate': '错误率(上限)',
    'services.column.rpo': '恢复点目标(RPO)',
    'services.column.rto': '恢复时间目标(RTO)',
    'services.column.throughput': '吞吐量',
    'services.errorRate': '对于{tier}套餐,一个自然{noun}内失败的有效请求不超过{percent}。',
    'services.rpo': '对于{tier}套餐,一次故障最多丢失故障发生前{duration}的数据(恢复点目标)。',
    'services.rto': '对于{tier}套餐,服务提供方将在故障发生后{duration}内恢复服务(恢复时间目标)。',
    'services.throughput':
        '对于{tier}套餐,服务提供方每{per, select, second {秒} minute {分钟} other {小时}}至少处理{count, plural, other {{requests}个请求}}。',
    'services.throughputCell': '每{per, select, second {秒} minute {分钟} other {小时}}{count, plural, other {{requests}个请求}}',
    'services.internal': '对于{tier}套餐,服务提供方内部目标为{percent};该内部目标不构成本SLA项下的承诺。',
    'services.fee.year': '{tier}套餐的费用为每年{amount};其月度服务费用为该金额的十二分之一。',
    'remedies.title': '救济措施',
    'remedies.errorRateIntro':
        '对于{tier}套餐{service, select, none {} other {及服务{service}}},如在一个自然{noun}内测得的错误率落入下列区间之一,适用所列的服务费抵扣:',
    'remedies.errorRate.column': '错误率',
    'remedies.missedResponse':
        '对于{tier}套餐{service, select, none {} other {及服务{service}}},对{severity}级别{incident, select, other {事件}}的首次{response, select, other {响应}}每超出第{support}条规定的时限一次,给予{credit}的服务费抵扣。',
    'remedies.availabilityIntro': '对于{tier}套餐及服务{service},以下服务费抵扣取代第{credits}条规定的服务费抵扣:',
    'remedies.periodCap': '对于{tier}套餐{service, select, none {} other {及服务{service}}},每{noun}的服务费抵扣总额不超过{cap}。',
    'remedies.annualCap': '对于{tier}套餐{service, select, none {} other {及服务{service}}},每年的服务费抵扣总额不超过{cap}。',
    'remedies.capShare': '{fee, select, annual {年度服务费用} other {月度服务费用}}的{percent}',
    'remedies.termination.consecutive':
        '对于{tier}套餐{service, select, none {} other {及服务{service}}},如{metric}连续{count}{unit}{range},客户可以终止本SLA。',
    'remedies.termination.any':
        '对于{tier}套餐{service, select, none {} other {及服务{service}}},如在任意连续{window}{unit}中有{count}{unit}的{metric}{range},客户可以终止本SLA。',
    'remedies.metric': '{metric, select, availability {{uptime}} errorRate {错误率} other {{percentile}延迟}}',
    'remedies.soleRemedy.yes': '服务费抵扣是客户就服务提供方未达成本SLA承诺所享有的唯一且排他的救济。',
    'remedies.soleRemedy.no': '服务费抵扣并非客户的唯一救济:客户保留协议或法律规定的其他一切救济。',
    'remedies.transferable.yes': '服务费抵扣可以转让给他方。',
    'remedies.transferable.no': '服务费抵扣不得转让给他方。',
    'remedies.payableInCash.yes': '服务费抵扣可以现金支付。',
    'remedies.payableInCash.no': '服务费抵扣不以现金支付。',
    'remedies.forfeited.yes': '本SLA或协议终止时,尚未使用的服务费抵扣即告失效。',
    'remedies.forfeited.no': '本SLA或协议终止后,尚未使用的服务费抵扣继续有效。',
    'remedies.minimum': '低于{minimum}的服务费抵扣不予发放。',
    'remedies.claimFrom':
        '申请期限自{from, select, incident {{incident, select, other {事件}}开始时} other {发生服务不可用时间的{noun}结束时}}起算。',
    'remedies.claimContents': '申请须包含:{contents}',
    'operations.title': '运营',
    'operations.timeZone': '自然{noun}按{zone}时区开始和结束。',
    'operations.calendar':
        '日历{name}涵盖{days}{hours, select, none {} other {,{hours}}}{zone, select, none {} other {({zone}时区)}}{holidays, select, none {} other {,{holidays}所列节假日除外}}。',
    'operations.hours': '{start}-{end}',
    'operations.holidays': '节假日{name}如下:',
    'operations.holiday': '{date}{name, select, none {} other {({name})}}',
    'operations.support.calendar': '{tier}套餐的技术支持在日历{calendar}的时间内提供。',
    'operations.clock.pauses':
        '对于{tier}套餐,{response, select, other {响应}}和{resolution, select, other {解决}}时限仅在支持时间内计算,支持时间以外暂停计算。',
    'operations.clock.runs':
        '对于{tier}套餐,{response, select, other {响应}}和{resolution, select, other {解决}}时限全天候计算,包括支持时间以外。',
    'operations.definition': '{term}指{definition}',
    'operations.term.incident': '事件',
    'operations.term.response': '响应',
    'operations.term.resolution': '解决',
    'operations.severityBy': '各{incident, select, other {事件}}的故障级别由{party, select, customer {客户} other {服务提供方}}确定。',
    'operations.statusPage': '服务提供方在状态页面{address, select, none {} other {({address})}}上公布服务状态。',
    'operations.incidentReport':
        '服务提供方将在{severity, select, none {每次{incident, select, other {事件}}} other {每次{severity}级别{incident, select, other {事件}}}}后{within}内提交书面事件报告。',
    // With its measure word: 3个月, 3个季度, but 3年.
    'remedies.terminationUnit': '{unit, select, month {个月} quarter {个季度} other {年}}',
    'operations.businessDays': '{count, plural, other {{n}个工作日}}',
    'operations.serviceReport':
        '服务提供方将每{period, select, monthly {月} quarterly {季度} other {年}}提交一份关于所达服务等级的服务报告。',
    'operations.review': '双方将每{period, select, monthly {月} quarterly {季度} other {年}}共同审阅本SLA及服务情况。',
    'operations.partialMinutes': '部分时间不可用的一分钟{counts, select, downtime {计为服务不可用时间} other {计为可用}}。',
    'operations.firstPeriod': '在自然{noun}开始之后才开始的首个{noun}{prorated, select, yes {按比例计算} other {按完整周期计算}}。',
    'operations.minimumOutage': '短于{duration}的不可用不计入服务不可用时间。',
    'operations.errorRateInterval': '错误率按连续的{duration}区间衡量;失败的有效请求超过{percent}的区间计为服务不可用时间。',
    'operations.missingData': '没有监控数据的时段{counts, select, downtime {计为服务不可用时间} other {计为可用}}。',
    'operations.dataFrom': '是否达成承诺以{source, select, provider {服务提供方的} customer {客户的} other {双方的}}监控数据为准。',
    'operations.measuredDuring': '{calendar, select, none {可用性全天候衡量。} other {可用性仅在日历{calendar}的时间内衡量。}}',
};
