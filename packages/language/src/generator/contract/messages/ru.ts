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
    preamble:
        'Настоящее Соглашение об уровне обслуживания («SLA») устанавливает уровни обслуживания, которые Исполнитель обязуется обеспечивать для каждого тарифа, порядок их измерения, а также Компенсации, которые Заказчик вправе потребовать, если обязательство не выполнено.',

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
    probes: 'синтетическими проверками (периодичность: {every}; точек проверки: {count, plural, other {{n}}})',
    'probes.every': 'каждые {duration}',
    'probes.everyUnit':
        '{unit, select, week {каждую неделю} day {каждый день} hour {каждый час} minute {каждую минуту} second {каждую секунду} other {каждую миллисекунду}}',
    'definitions.maintenance.term': 'Плановые технические работы',
    'definitions.maintenance':
        '{term} — работы по обслуживанию, которые Исполнитель {notice, select, none {} other {объявляет заблаговременно (минимальный срок уведомления — {notice}) и }}проводит{allowance, select, none {} other {, с предельной продолжительностью {allowance} в {per, select, day {день} week {неделю} month {месяц} quarter {квартал} other {год}},}} в следующее время: {window}',
    'definitions.maintenance.excluded': 'Плановые технические работы не являются Временем простоя.',
    'definitions.maintenance.included': 'Плановые технические работы считаются Временем простоя.',
    'definitions.serviceCredit.term': 'Компенсация',
    'definitions.serviceCredit':
        '{term} — процент от ежемесячной платы по соответствующему тарифу, причитающийся Заказчику согласно разделу {credits}.',

    // 2. Service Commitment
    'commitment.title': 'Обязательства по уровню обслуживания',
    'commitment.intro':
        'Исполнитель прилагает коммерчески обоснованные усилия к тому, чтобы {scoped, select, yes {услуги, на которые распространяется Соглашение,} other {услуги}} были доступны и показатель «{uptime}» был не ниже значения, указанного ниже для тарифа Заказчика.',
    'commitment.fee': 'Ежемесячная плата',
    'commitment.budget': 'Допустимое Время простоя (период: {noun}, {days} дн.)',
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
    'support.response': 'Время реакции',
    'support.resolution': 'Срок решения',
    'support.escalation': 'Эскалация',
    'support.bestEffort': 'по возможности',
    'support.escalationAfter': 'по истечении срока: {duration}',
    'support.noResponses': 'Сроки реакции не установлены для {count, plural, one {тарифа} other {тарифов}} {tiers}.',

    // 4. Service Credits
    'credits.title': 'Компенсации',
    'credits.none': 'Настоящее SLA не предусматривает Компенсаций.',
    'credits.intro':
        'Если показатель «{uptime}» за календарный {noun} ниже обязательства по тарифу Заказчика, Заказчик вправе получить указанную ниже Компенсацию в процентах от ежемесячной платы по этому тарифу.',
    'credits.column': 'Компенсация',
    'credits.latencyIntro':
        'Если задержка {percentile}, измеренная за календарный {noun}, попадает в один из указанных ниже диапазонов, Заказчик вправе получить указанную Компенсацию:',
    'credits.cap': 'Компенсации за один расчётный период (календарный {noun}) не превышают {cap} ежемесячной платы по этому тарифу.',
    'credits.shareOfAnnualFee': '{share} годовой платы',
    'credits.uncapped': 'Компенсации по этому тарифу не ограничены.',
    'credits.withoutTiers': 'Компенсации не предусмотрены для {count, plural, one {тарифа} other {тарифов}} {tiers}.',
    'bracket.exactly': 'Ровно {value}',
    'bracket.any': 'Любое значение',
    'bracket.upper': '{inclusive, select, yes {Не более} other {Менее}} {max}',
    'bracket.lower': '{inclusive, select, yes {Не менее} other {Более}} {min}',
    'bracket.between':
        '{maxInclusive, select, yes {Не более} other {Менее}} {max}, но {minInclusive, select, yes {не менее} other {более}} {min}',

    // 5. Exclusions
    'exclusions.title': 'Исключения',
    'exclusions.none': 'Настоящее SLA не содержит исключений.',
    'exclusions.intro': 'Обязательства по настоящему SLA и Компенсации согласно разделу {credits} не распространяются на:',
    'exclusion.scheduled-maintenance': 'Плановые технические работы',
    'exclusion.third-party': 'недоступность по вине сторонних поставщиков, находящихся вне контроля Исполнителя',
    'exclusion.customer-caused': 'недоступность, вызванную действиями или бездействием Заказчика',
    'exclusion.internet-connectivity': 'недоступность, вызванную подключением Заказчика к сети Интернет',
    'exclusion.force-majeure': 'недоступность, вызванную обстоятельствами непреодолимой силы',
    'exclusion.ddos': 'недоступность, вызванную распределёнными атаками типа «отказ в обслуживании» (DDoS)',
    'exclusion.beta-features': 'функции, обозначенные как бета-версии',

    // 6. Claims
    'claims.title': 'Порядок предъявления требований',
    'claims.none': 'Настоящее SLA не устанавливает порядок предъявления требований о Компенсации.',
    'claims.window':
        'Для получения Компенсации Заказчик направляет требование в течение срока ({window}) после окончания расчётного периода (календарный {noun}), в котором имело место Время простоя.',
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
};
