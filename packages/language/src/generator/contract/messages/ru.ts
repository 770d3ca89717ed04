/**
 * The Russian catalog of the contract text: the keys and placeholders of `en.ts`, in the register of
 * Russian service level agreements (docs/GLOSSARY.md lists the terms and where they come from).
 * `{noun}` is месяц, квартал or год, all masculine and inanimate, so the sentences place it where the
 * nominative and accusative coincide; durations and figures likewise stand where their nominative
 * form is right (`составляет 4 часа`, `в течение срока: 30 дней`).
 */
import type { Messages } from './en.js';

export const ru: Messages = {
    // Cover block and opening
    title: '{title} — Соглашение об уровне обслуживания',
    'field.provider': 'Исполнитель:',
    'field.customer': 'Заказчик:',
    'field.effective': 'Дата вступления в силу:',
    'field.term': 'Срок действия:',
    'field.scope': 'Услуги, на которые распространяется Соглашение:',
    'term.months': '{count, plural, one {{n} месяц} few {{n} месяца} many {{n} месяцев} other {{n} месяца}}',
    'term.years': '{count, plural, one {{n} год} few {{n} года} many {{n} лет} other {{n} года}}',

    // Shared words
    'period.noun': '{period, select, monthly {месяц} quarterly {квартал} other {год}}',
    'period.uptime':
        '{period, select, monthly {Процент доступности за месяц} quarterly {Процент доступности за квартал} other {Процент доступности за год}}',
    'sentence.separator': ' ',
    'list.itemEnd': '{item};',
    'list.lastItemEnd': '{item}.',
    'sentence.end': '{text}.',
    'cell.none': '—',
    'table.tier': 'Тариф',
    'unit.week': '{count, plural, one {{n} неделя} few {{n} недели} many {{n} недель} other {{n} недели}}',
    'unit.day': '{count, plural, one {{n} день} few {{n} дня} many {{n} дней} other {{n} дня}}',
    'unit.hour': '{count, plural, one {{n} час} few {{n} часа} many {{n} часов} other {{n} часа}}',
    'unit.minute': '{count, plural, one {{n} минута} few {{n} минуты} many {{n} минут} other {{n} минуты}}',
    'unit.second': '{count, plural, one {{n} секунда} few {{n} секунды} many {{n} секунд} other {{n} секунды}}',
    'unit.millisecond': '{count, plural, one {{n} миллисекунда} few {{n} миллисекунды} many {{n} миллисекунд} other {{n} миллисекунды}}',
    'unit.ms': '{n} мс',
    'duration.parts': '{first} {rest}',
    money: '{amount} {currency}',
    percentile: 'p{n}',

    // 1. Definitions
    'definitions.title': 'Термины и определения',
    'definitions.uptime':
        '{term} — общее количество минут в календарном периоде (календарный {noun}) за вычетом количества минут Времени простоя в этом периоде, разделённое на общее количество минут в этом периоде и выраженное в процентах.',
    'definitions.uptime.exclusions': 'Минуты, исключённые согласно разделу {exclusions}, не считаются Временем простоя.',
    'definitions.downtime.term': 'Время простоя',
    'definitions.downtime': '{term} — {definition}',
    'definitions.downtime.missing': '{term} — [подлежит определению: соглашение не определяет Время простоя].',
    'definitions.probes': 'Доступность измеряется {probes}.',
    // The interval is a label's value, in the nominative: `каждые` would need the accusative (`каждую минуту`,
    // `каждые 21 минуту`), which a duration worded in the nominative (`1 минута`, `21 минута`) does not give.
    probes: 'синтетическими проверками (интервал между проверками: {every}; точек проверки: {count, plural, other {{n}}})',
    'probes.every': '{duration}',
    'probes.everyUnit':
        '{unit, select, week {1 неделя} day {1 день} hour {1 час} minute {1 минута} second {1 секунда} other {1 миллисекунда}}',
    'definitions.maintenance.term': 'Плановые технические работы',
    'definitions.maintenance.excluded': 'Плановые технические работы не являются Временем простоя.',
    'definitions.maintenance.included': 'Плановые технические работы считаются Временем простоя.',
    'definitions.serviceCredit.term': 'Компенсация',

    // 2. Service Commitment
    'commitment.title': 'Обязательства по уровню обслуживания',
    'commitment.latency': 'Задержка ({percentile})',
    'commitment.percentiles':
        'Значения задержки являются процентилями: обязательство по {percentile} выполнено, если не менее {share} % измеренных за календарный {noun} запросов выполнены в пределах указанного времени.',
    'commitment.latencyScope': 'Обязательство по задержке {percentile} распространяется на: {description}',
    'commitment.latencyScope.tiers': 'Обязательство по задержке {percentile} ({tiers}) распространяется на: {description}',

    // 3. Support
    'support.title': 'Техническая поддержка',
    'support.none': 'Настоящее SLA не содержит обязательств по технической поддержке.',
    'support.coverage': 'Режим поддержки',
    'coverage.24x7': 'круглосуточно, 7 дней в неделю',
    'coverage.none': 'Поддержка не оказывается',
    'coverage.kind': '{kind, select, business {Рабочее время} other {Расширенное время}}',
    'coverage.hours': '{kind}, {start}-{end}',
    'coverage.zone': '{coverage} {zone}',
    'zone.customer-local': 'по местному времени Заказчика',
    'zone.provider-local': 'по местному времени Исполнителя',
    'zone.UTC': 'UTC',
    'zone.iana': 'по времени часового пояса {zone}',
    'support.severities': 'Уровни критичности, от наиболее к наименее критичному:',
    'support.severity': '{name}: {description}',
    'support.severity.column': 'Уровень критичности',
    'support.response': 'Время {response, select, defined {Реакции} other {реакции}}',
    'support.resolution': 'Срок {resolution, select, defined {Решения} other {решения}}',
    'support.escalation': 'Эскалация',
    'support.bestEffort': 'по возможности',
    'support.escalationAfter': 'по истечении срока: {duration}',
    'support.noResponses':
        'Сроки {response, select, defined {Реакции} other {реакции}} не установлены для {count, plural, =1 {тарифа} other {тарифов}} {tiers}.',

    // 4. Service Credits
    'credits.title': 'Компенсации',
    'credits.none': 'Настоящее SLA не предусматривает Компенсаций.',
    'credits.column': 'Компенсация',
    'coverage.calendar': 'Часы календаря {calendar}',
    'credits.periodCap': 'Компенсации за {noun} не превышают {cap}.',
    'credits.annualCap': 'Компенсации за год в сумме не превышают {cap}.',
    'credits.shareOfMonthlyFee': '{share} Ежемесячной платы',
    'credits.shareOfAnnualFee': '{share} годовой платы',
    'credits.uncapped': 'Компенсации по этому тарифу не ограничены.',
    'credits.withoutTiers': 'Компенсации не предусмотрены для {count, plural, =1 {тарифа} other {тарифов}} {tiers}.',
    'bracket.exactly': 'Ровно {value}',
    'bracket.any': 'Любое значение',
    'bracket.upper': '{inclusive, select, yes {Не более} other {Менее}} {max}',
    'bracket.lower': '{inclusive, select, yes {Не менее} other {Более}} {min}',
    'bracket.between':
        '{maxInclusive, select, yes {Не более} other {Менее}} {max}, но {minInclusive, select, yes {не менее} other {более}} {min}',

    // 5. Exclusions
    'exclusions.title': 'Исключения',
    'exclusions.none': 'Настоящее SLA не содержит исключений.',

    // 6. Claims
    'claims.title': 'Порядок предъявления требований',
    'claims.appliedTo.next-invoice': 'Компенсации засчитываются в следующем счёте Заказчика.',
    'claims.appliedTo.refund': 'Компенсации выплачиваются Заказчику в виде возврата денежных средств.',
    'claims.appliedTo.subscription-extension': 'Компенсации предоставляются в виде продления подписки Заказчика.',

    // 7. Measurement
    'measurement.title': 'Измерение',
    'measurement.period': 'Соблюдение обязательств измеряется за каждый календарный {noun}.',
    'measurement.periodProbes': 'Соблюдение обязательств измеряется за каждый календарный {noun} {probes}.',
    'measurement.maintenance':
        '{defined, select, yes {Плановые технические работы} other {Плановые технические работы}} {excluded, select, yes {не считаются} other {считаются}} Временем простоя.',
    'measurement.budgetIntro':
        'Для справки: Время простоя, допустимое по каждому обязательству, рассчитанное как (100 % минус обязательство по показателю «{uptime}»), умноженное на продолжительность периода, с округлением до секунды:',
    'measurement.perDay': 'В день',
    'measurement.perWeek': 'В неделю',
    'measurement.perPeriod': 'За период: {noun} ({days} дн.)',
    'measurement.perPeriodRange': 'За период: {noun} (от {min} до {max} дн.)',
    'measurement.perYear': 'За год (365 дн.)',
    'measurement.range': '{min} — {max}',
    'preamble.customer':
        'Настоящее Соглашение об уровне обслуживания («SLA») между {provider} («Исполнитель») и {customer} («Заказчик») устанавливает уровни обслуживания, которые Исполнитель обязуется обеспечивать для каждого тарифа{credits, select, yes {, порядок их измерения, а также Компенсации, применяемые, если обязательство не выполнено} other {, и порядок их измерения}}.',
    'preamble.offering':
        'Настоящее Соглашение об уровне обслуживания («SLA»), предлагаемое {provider} («Исполнитель»), устанавливает уровни обслуживания, которые Исполнитель обязуется обеспечивать для каждого тарифа{credits, select, yes {, порядок их измерения, а также Компенсации, применяемые, если обязательство не выполнено} other {, и порядок их измерения}}.',
    'preamble.offering.customer': '«Заказчик» — каждый клиент Исполнителя, подключивший тариф на условиях настоящего SLA.',
    'unit.per': '{per, select, day {день} week {неделю} month {месяц} quarter {квартал} other {год}}',
    'definitions.maintenance':
        '{term} — работы по обслуживанию, которые Исполнитель {notice, select, none {} other {объявляет заблаговременно (минимальный срок уведомления — {notice}) и }}проводит{allowance, select, none {} other {, с предельной продолжительностью {allowance} в {per},}} в следующее время: {window}',
    'definitions.maintenance.windows':
        '{term} — работы по обслуживанию, которые Исполнитель проводит в одно из указанных ниже окон, с уведомлением и ограничениями, установленными для этого окна.',
    'definitions.maintenance.window':
        '{window}{notice, select, none {} other {; минимальный срок уведомления — {notice}}}{allowance, select, none {} other {; предельная продолжительность — {allowance} в {per}}}',
    'definitions.serviceCredit': '{term} — зачёт в размере процента от Ежемесячной платы по тарифу согласно разделу {credits}.',
    'definitions.monthlyFee.term': 'Ежемесячная плата',
    'definitions.monthlyFee':
        '{term} — плата за один месяц обслуживания по тарифу{priced, select, yes { согласно разделу {commitment}} other {}}{annual, select, yes { (для тарифа с годовой платой — одна двенадцатая годовой платы)} other {}}.',
    'commitment.firm':
        'Исполнитель обеспечивает доступность {scoped, select, yes {услуг, на которые распространяется Соглашение,} other {услуг}} при показателе «{uptime}» не ниже значения, указанного ниже {tiers, plural, =1 {для тарифа {tier}} other {для каждого тарифа}}.',
    'commitment.efforts':
        'Исполнитель прилагает коммерчески обоснованные усилия к тому, чтобы {scoped, select, yes {услуги, на которые распространяется Соглашение,} other {услуги}} были доступны и показатель «{uptime}» был не ниже значения, указанного ниже {tiers, plural, =1 {для тарифа {tier}} other {для каждого тарифа}}.',
    'commitment.fee': 'Ежемесячная плата',
    'commitment.budget': 'Допустимое Время простоя (период: {noun}, {days} дн.; с округлением до секунды)',
    'credits.intro':
        'Если показатель «{uptime}» по тарифу за календарный {noun} ниже обязательства по этому тарифу согласно разделу {commitment}, Заказчик имеет право на Компенсацию, указанную ниже для этого тарифа{claims, select, yes {, по требованию, предъявленному согласно разделу {claimsSection}} other {}}.',
    'credits.latencyIntro':
        'Если задержка {percentile} по тарифу, измеренная за календарный {noun}, попадает в один из указанных ниже диапазонов, указанная Компенсация применяется на тех же условиях:',
    'credits.cap':
        '{period, select, monthly {Компенсации за месяц не превышают {cap} Ежемесячной платы по этому тарифу.} other {Компенсации за один расчётный период (календарный {noun}) не превышают {cap} Ежемесячной платы по этому тарифу (платы за один месяц, а не за весь период).}}',
    'exclusions.intro':
        '{credits, select, yes {Обязательства по настоящему SLA и Компенсации согласно разделу {section} не распространяются на:} other {Обязательства по настоящему SLA не распространяются на:}}',
    'exclusion.scheduled-maintenance':
        'Плановые технические работы ({window}){notice, select, none {} other {; минимальный срок уведомления — {notice}}}{allowance, select, none {} other {; предельная продолжительность — {allowance} в {per}}}',
    'exclusion.third-party': 'Недоступность по вине сторонних поставщиков, находящихся вне контроля Исполнителя',
    'exclusion.customer-caused': 'Недоступность, вызванную действиями или бездействием Заказчика',
    'exclusion.internet-connectivity': 'Недоступность, вызванную подключением Заказчика к сети Интернет',
    'exclusion.force-majeure': 'Недоступность, вызванную обстоятельствами непреодолимой силы',
    'exclusion.ddos': 'Недоступность, вызванную распределёнными атаками типа «отказ в обслуживании» (DDoS)',
    'exclusion.beta-features': 'Функции, обозначенные как бета-версии',
    'claims.none': 'Настоящее SLA не устанавливает порядок предъявления требований.',
    'claims.window':
        'Заказчик направляет требование о Компенсации в течение срока ({window}) после окончания расчётного периода (календарный {noun}), в котором имело место Время простоя.',
    'commitment.feePerYear': '{amount} в год (Ежемесячная плата — одна двенадцатая)',
    'services.title': 'Услуги',
    'services.covered': 'Настоящее SLA распространяется на следующие услуги:',
    'services.item': '{name}{description, select, none {} other {: {description}}}',
    'services.regions': 'Услуга {name} предоставляется в регионах: {regions}.',
    'services.measuredPer':
        'Обязательства по услуге {name} применяются отдельно к каждому объекту (единица: {unit, select, region {регион} instance {экземпляр} zone {зона} endpoint {точка доступа} other {учётная запись}}).',
    'services.tierIntro': 'По тарифу {tier} Исполнитель принимает следующие обязательства по каждой услуге:',
    'services.column.service': 'Услуга',
    'services.column.errorRate': 'Доля ошибок (не более)',
    'services.column.rpo': 'Целевая точка восстановления (RPO)',
    'services.column.rto': 'Целевое время восстановления (RTO)',
    'services.column.throughput': 'Пропускная способность',
    'services.errorRate': 'По тарифу {tier} доля неуспешных корректных запросов за календарный {noun} не превышает {percent}.',
    'services.rpo':
        'По тарифу {tier} при сбое могут быть утрачены данные не более чем за период, предшествующий сбою (целевая точка восстановления): {duration}.',
    'services.rto':
        'По тарифу {tier} Исполнитель восстанавливает обслуживание после сбоя в пределах срока (целевое время восстановления): {duration}.',
    'services.throughput':
        'По тарифу {tier} Исполнитель обслуживает не менее {count, plural, one {{requests} запроса} few {{requests} запросов} many {{requests} запросов} other {{requests} запроса}} в {per, select, second {секунду} minute {минуту} other {час}}.',
    'services.throughputCell':
        '{count, plural, one {{requests} запрос} few {{requests} запроса} many {{requests} запросов} other {{requests} запроса}} в {per, select, second {секунду} minute {минуту} other {час}}',
    'services.internal':
        'По тарифу {tier} Исполнитель придерживается внутреннего целевого показателя {percent}; внутренний целевой показатель не является обязательством по настоящему SLA.',
    'services.fee.year': 'Плата по тарифу {tier} составляет {amount} в год; Ежемесячная плата равна одной двенадцатой этой суммы.',
    'remedies.title': 'Средства защиты',
    'remedies.errorRateIntro':
        'По тарифу {tier}{service, select, none {} other { и услуге {service}}}, если доля ошибок, измеренная за календарный {noun}, попадает в один из указанных ниже диапазонов, применяется указанная Компенсация:',
    'remedies.errorRate.column': 'Доля ошибок',
    'remedies.missedResponse':
        'По тарифу {tier}{service, select, none {} other { и услуге {service}}} за каждую первичную {response, select, defined {Реакцию} other {реакцию}} на {incident, select, defined {Инцидент} other {инцидент}} уровня {severity} позже срока согласно разделу {support} предоставляется Компенсация в размере {credit}.',
    'remedies.availabilityIntro':
        'По тарифу {tier} и услуге {service} вместо Компенсаций согласно разделу {credits} применяются следующие Компенсации:',
    'remedies.periodCap':
        'По тарифу {tier}{service, select, none {} other { и услуге {service}}} Компенсации за календарный {noun} не превышают {cap}.',
    'remedies.annualCap': 'По тарифу {tier}{service, select, none {} other { и услуге {service}}} Компенсации за год не превышают {cap}.',
    'remedies.capShare': '{percent} {fee, select, annual {годовой платы} other {Ежемесячной платы}}',
    'remedies.termination.consecutive':
        'По тарифу {tier}{service, select, none {} other { и услуге {service}}} Заказчик вправе расторгнуть настоящее SLA, если показатель «{metric}» составляет {range} на протяжении расчётных периодов подряд (период: {unit}; количество: {count}).',
    'remedies.termination.any':
        'По тарифу {tier}{service, select, none {} other { и услуге {service}}} Заказчик вправе расторгнуть настоящее SLA, если показатель «{metric}» составляет {range} в установленном числе расчётных периодов из любого ряда последовательных расчётных периодов (период: {unit}; периодов в ряду: {window}; из них с таким показателем: {count}).',
    'remedies.metric': '{metric, select, availability {{uptime}} errorRate {доля ошибок} other {задержка {percentile}}}',
    'remedies.soleRemedy.yes':
        'Компенсации являются единственным и исключительным средством защиты Заказчика в случае невыполнения обязательств по настоящему SLA.',
    'remedies.soleRemedy.no':
        'Компенсации не являются единственным средством защиты Заказчика: Заказчик сохраняет все иные средства защиты, предусмотренные договором или законом.',
    'remedies.transferable.yes': 'Компенсации могут быть переданы другому лицу.',
    'remedies.transferable.no': 'Компенсации не могут быть переданы другому лицу.',
    'remedies.payableInCash.yes': 'Компенсации могут быть выплачены денежными средствами.',
    'remedies.payableInCash.no': 'Компенсации не выплачиваются денежными средствами.',
    'remedies.forfeited.yes': 'Незачтённые Компенсации утрачиваются при прекращении настоящего SLA или договора.',
    'remedies.forfeited.no': 'Незачтённые Компенсации сохраняются после прекращения настоящего SLA или договора.',
    'remedies.minimum': 'Компенсация менее {minimum} не предоставляется.',
    'remedies.claimFrom':
        'Срок предъявления требования исчисляется {from, select, incident {с момента начала {incident, select, defined {Инцидента} other {инцидента}}} other {с окончания расчётного периода (календарный {noun}), в котором имело место Время простоя}}.',
    'remedies.claimContents': 'Требование должно содержать: {contents}',
    'operations.title': 'Эксплуатация',
    'operations.timeZone': 'Расчётные периоды (календарный {noun}) начинаются и заканчиваются по времени часового пояса {zone}.',
    'operations.calendar':
        'Календарь {name}: {days}{hours, select, none {} other {, {hours}}}{zone, select, none {} other {, по времени часового пояса {zone}}}{holidays, select, none {} other {, за исключением праздничных дней из списка {holidays}}}.',
    'operations.hours': '{start}-{end}',
    'operations.holidays': 'Праздничные дни {name}:',
    'operations.holiday': '{date}{name, select, none {} other { ({name})}}',
    'operations.support.calendar': 'Поддержка по тарифу {tier} оказывается в часы календаря {calendar}.',
    'operations.clock.pauses':
        'По тарифу {tier} сроки {response, select, defined {Реакции} other {реакции}} и {resolution, select, defined {Решения} other {решения}} исчисляются только в часы поддержки и приостанавливаются вне их.',
    'operations.clock.runs':
        'По тарифу {tier} сроки {response, select, defined {Реакции} other {реакции}} и {resolution, select, defined {Решения} other {решения}} исчисляются круглосуточно, в том числе вне часов поддержки.',
    'operations.definition': '{term} — {definition}',
    'operations.term.incident': 'Инцидент',
    'operations.term.response': 'Реакция',
    'operations.term.resolution': 'Решение',
    'operations.severityBy':
        'Уровень критичности каждого {incident, select, defined {Инцидента} other {инцидента}} определяет {party, select, customer {Заказчик} other {Исполнитель}}.',
    'operations.statusPage':
        'Исполнитель публикует состояние услуг на странице статуса{address, select, none {} other { по адресу {address}}}.',
    'operations.incidentReport':
        'Исполнитель предоставляет письменный отчёт {severity, select, none {о каждом {incident, select, defined {Инциденте} other {инциденте}}} other {о каждом {incident, select, defined {Инциденте} other {инциденте}} уровня {severity}}} в течение срока: {within}.',
    'remedies.terminationUnit': '{unit, select, month {месяц} quarter {квартал} other {год}}',
    'operations.businessDays':
        '{count, plural, one {{n} рабочий день} few {{n} рабочих дня} many {{n} рабочих дней} other {{n} рабочего дня}}',
    'operations.serviceReport':
        'Исполнитель предоставляет отчёт о достигнутых уровнях обслуживания {period, select, monthly {ежемесячно} quarterly {ежеквартально} other {ежегодно}}.',
    'operations.review':
        'Стороны совместно пересматривают настоящее SLA и качество услуг {period, select, monthly {ежемесячно} quarterly {ежеквартально} other {ежегодно}}.',
    'operations.partialMinutes':
        'Минута частичной недоступности {counts, select, downtime {считается Временем простоя} other {считается минутой доступности}}.',
    'operations.firstPeriod':
        'Первый расчётный период (календарный {noun}), начинающийся не с начала календарного периода, {prorated, select, yes {учитывается пропорционально} other {учитывается полностью}}.',
    'operations.minimumOutage': 'Недоступность продолжительностью менее порогового значения ({duration}) не считается Временем простоя.',
    'operations.errorRateInterval':
        'Доля ошибок измеряется за последовательные интервалы (продолжительность интервала — {duration}); интервал, в котором неуспешны более {percent} корректных запросов, считается Временем простоя.',
    'operations.missingData':
        'Период без данных мониторинга {counts, select, downtime {считается Временем простоя} other {считается периодом доступности}}.',
    'operations.dataFrom':
        'Выполнение обязательства определяется по данным мониторинга {source, select, provider {Исполнителя} customer {Заказчика} other {обеих сторон}}.',
    'operations.measuredDuring':
        '{calendar, select, none {Доступность измеряется круглосуточно.} other {Доступность измеряется только в часы календаря {calendar}.}}',
};
