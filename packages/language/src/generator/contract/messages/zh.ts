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
    'support.response': '首次响应',
    'support.resolution': '解决时限',
    'support.escalation': '升级',
    'support.bestEffort': '尽力而为',
    'support.escalationAfter': '{duration}后',
    'support.noResponses': '{count, plural, other {套餐}}{tiers}不承诺响应时间。',

    // 4. Service Credits
    'credits.title': '服务费抵扣',
    'credits.none': '本SLA不提供服务费抵扣。',
    'credits.column': '服务费抵扣',
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
    'definitions.monthlyFee': '{term}指某一套餐一个月服务的费用{priced, select, yes {,见第{commitment}条} other {}}。',
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
};
