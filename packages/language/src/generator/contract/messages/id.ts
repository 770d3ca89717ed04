/**
 * The Indonesian catalog of the contract text: the keys and placeholders of `en.ts`, in the register
 * of Indonesian service level agreements (docs/GLOSSARY.md lists the terms and where they come from).
 */
import type { Messages } from './en.js';

export const id: Messages = {
    // Cover block and opening
    title: '{title} — Perjanjian Tingkat Layanan',
    'field.provider': 'Penyedia Layanan:',
    'field.customer': 'Pelanggan:',
    'field.effective': 'Tanggal berlaku:',
    'field.term': 'Jangka waktu:',
    'field.scope': 'Layanan yang dicakup:',
    'term.months': '{count, plural, other {{n} bulan}}',
    'term.years': '{count, plural, other {{n} tahun}}',

    // Shared words
    'period.noun': '{period, select, monthly {bulan} quarterly {triwulan} other {tahun}}',
    'period.uptime':
        '{period, select, monthly {Persentase Ketersediaan Bulanan} quarterly {Persentase Ketersediaan Triwulanan} other {Persentase Ketersediaan Tahunan}}',
    'sentence.separator': ' ',
    'list.itemEnd': '{item};',
    'list.lastItemEnd': '{item}.',
    'sentence.end': '{text}.',
    'cell.none': '—',
    'table.tier': 'Paket',
    'unit.week': '{count, plural, other {{n} minggu}}',
    'unit.day': '{count, plural, other {{n} hari}}',
    'unit.hour': '{count, plural, other {{n} jam}}',
    'unit.minute': '{count, plural, other {{n} menit}}',
    'unit.second': '{count, plural, other {{n} detik}}',
    'unit.millisecond': '{count, plural, other {{n} milidetik}}',
    'unit.ms': '{n} md',
    'duration.parts': '{first} {rest}',
    money: '{currency} {amount}',
    percentile: 'p{n}',

    // 1. Definitions
    'definitions.title': 'Definisi',
    'definitions.uptime':
        '{term} berarti jumlah total menit dalam satu {noun} kalender, dikurangi jumlah menit Waktu Henti dalam {noun} tersebut, dibagi dengan jumlah total menit dalam {noun} tersebut, yang dinyatakan dalam persentase.',
    'definitions.uptime.exclusions': 'Menit yang dikecualikan berdasarkan Pasal {exclusions} tidak dihitung sebagai Waktu Henti.',
    'definitions.downtime.term': 'Waktu Henti',
    'definitions.downtime': '{term} berarti {definition}',
    'definitions.downtime.missing': '{term} berarti [belum didefinisikan: perjanjian ini tidak mendefinisikan Waktu Henti].',
    'definitions.probes': 'Ketersediaan diukur {probes}.',
    probes: 'dengan probe sintetis {every} dari {count, plural, other {{n} lokasi}}',
    'probes.every': 'setiap {duration}',
    'probes.everyUnit': 'setiap {unit, select, week {minggu} day {hari} hour {jam} minute {menit} second {detik} other {milidetik}}',
    'definitions.maintenance.term': 'Pemeliharaan Terjadwal',
    'definitions.maintenance.excluded': 'Pemeliharaan Terjadwal bukan merupakan Waktu Henti.',
    'definitions.maintenance.included': 'Pemeliharaan Terjadwal dihitung sebagai Waktu Henti.',
    'definitions.serviceCredit.term': 'Kredit Layanan',

    // 2. Service Commitment
    'commitment.title': 'Komitmen Layanan',
    'commitment.latency': 'Latensi ({percentile})',
    'commitment.percentiles':
        'Angka latensi merupakan persentil: komitmen pada {percentile} terpenuhi apabila sekurang-kurangnya {share}% permintaan yang diukur dalam satu {noun} selesai dalam waktu yang ditetapkan.',
    'commitment.latencyScope': 'Komitmen latensi {percentile} berlaku untuk: {description}',
    'commitment.latencyScope.tiers': 'Komitmen latensi {percentile} ({tiers}) berlaku untuk: {description}',

    // 3. Support
    'support.title': 'Dukungan',
    'support.none': 'SLA ini tidak memuat komitmen dukungan.',
    'support.coverage': 'Cakupan',
    'coverage.24x7': '24 jam sehari, 7 hari seminggu',
    'coverage.none': 'Tanpa cakupan dukungan',
    'coverage.kind': '{kind, select, business {Jam kerja} other {Jam diperpanjang}}',
    'coverage.hours': '{kind}, {start}-{end}',
    'coverage.zone': '{coverage} {zone}',
    'zone.customer-local': 'menurut waktu setempat Pelanggan',
    'zone.provider-local': 'menurut waktu setempat Penyedia Layanan',
    'zone.UTC': 'UTC',
    'zone.iana': 'menurut zona waktu {zone}',
    'support.severities': 'Tingkat keparahan, dari yang paling parah hingga yang paling ringan:',
    'support.severity': '{name}: {description}',
    'support.severity.column': 'Tingkat keparahan',
    'support.response': 'Respons awal',
    'support.resolution': 'Target penyelesaian',
    'support.escalation': 'Eskalasi',
    'support.bestEffort': 'upaya terbaik',
    'support.escalationAfter': 'setelah {duration}',
    'support.noResponses': 'Tidak ada komitmen waktu respons untuk {count, plural, other {paket}} {tiers}.',

    // 4. Service Credits
    'credits.title': 'Kredit Layanan',
    'credits.none': 'SLA ini tidak memberikan Kredit Layanan.',
    'credits.column': 'Kredit Layanan',
    'credits.shareOfAnnualFee': '{share} dari biaya tahunan',
    'credits.uncapped': 'Kredit Layanan untuk paket ini tidak dibatasi.',
    'credits.withoutTiers': 'Tidak ada Kredit Layanan yang berlaku untuk {count, plural, other {paket}} {tiers}.',
    'bracket.exactly': 'Tepat {value}',
    'bracket.any': 'Berapa pun',
    'bracket.upper': '{inclusive, select, yes {Sama dengan atau kurang dari} other {Kurang dari}} {max}',
    'bracket.lower': '{inclusive, select, yes {Sama dengan atau lebih dari} other {Lebih dari}} {min}',
    'bracket.between':
        '{maxInclusive, select, yes {Sama dengan atau kurang dari} other {Kurang dari}} {max} tetapi {minInclusive, select, yes {sama dengan atau lebih dari} other {lebih dari}} {min}',

    // 5. Exclusions
    'exclusions.title': 'Pengecualian',
    'exclusions.none': 'SLA ini tidak mencantumkan pengecualian.',

    // 6. Claims
    'claims.title': 'Klaim',
    'claims.appliedTo.next-invoice': 'Kredit Layanan diperhitungkan pada tagihan Pelanggan berikutnya.',
    'claims.appliedTo.refund': 'Kredit Layanan dibayarkan kepada Pelanggan sebagai pengembalian dana.',
    'claims.appliedTo.subscription-extension': 'Kredit Layanan diberikan sebagai perpanjangan masa langganan Pelanggan.',

    // 7. Measurement
    'measurement.title': 'Pengukuran',
    'measurement.period': 'Kepatuhan diukur per {noun} kalender.',
    'measurement.periodProbes': 'Kepatuhan diukur per {noun} kalender, {probes}.',
    'measurement.maintenance':
        '{defined, select, yes {Pemeliharaan Terjadwal} other {Pemeliharaan terjadwal}} {excluded, select, yes {tidak dihitung} other {dihitung}} sebagai Waktu Henti.',
    'measurement.budgetIntro':
        'Sebagai acuan, Waktu Henti yang diperbolehkan oleh setiap komitmen, dihitung sebagai (100% dikurangi {uptime} yang dijanjikan) dikalikan dengan panjang periode, dibulatkan ke detik terdekat:',
    'measurement.perDay': 'Per hari',
    'measurement.perWeek': 'Per minggu',
    'measurement.perPeriod': 'Per {noun} ({days} hari)',
    'measurement.perPeriodRange': 'Per {noun} ({min} hingga {max} hari)',
    'measurement.perYear': 'Per tahun (365 hari)',
    'measurement.range': '{min} hingga {max}',
    'preamble.customer':
        'Perjanjian Tingkat Layanan ("SLA") antara {provider} ("Penyedia Layanan") dan {customer} ("Pelanggan") ini menetapkan tingkat layanan yang menjadi komitmen Penyedia Layanan untuk setiap paket layanan{credits, select, yes {, cara pengukurannya, serta Kredit Layanan yang berlaku apabila suatu komitmen tidak terpenuhi} other { serta cara pengukurannya}}.',
    'preamble.offering':
        'Perjanjian Tingkat Layanan ("SLA") dari {provider} ("Penyedia Layanan") ini menetapkan tingkat layanan yang menjadi komitmen Penyedia Layanan untuk setiap paket layanan{credits, select, yes {, cara pengukurannya, serta Kredit Layanan yang berlaku apabila suatu komitmen tidak terpenuhi} other { serta cara pengukurannya}}.',
    'preamble.offering.customer':
        '"Pelanggan" adalah setiap pelanggan Penyedia Layanan yang berlangganan suatu paket layanan berdasarkan SLA ini.',
    'unit.per': '{per, select, day {hari} week {minggu} month {bulan} quarter {triwulan} other {tahun}}',
    'definitions.maintenance':
        '{term} berarti pemeliharaan yang {notice, select, none {} other {diumumkan oleh Penyedia Layanan sekurang-kurangnya {notice} sebelumnya dan }}dilaksanakan oleh Penyedia Layanan{allowance, select, none {} other {, paling lama {allowance} per {per},}} dalam jadwal berikut: {window}',
    'definitions.maintenance.windows':
        '{term} berarti pemeliharaan yang dilaksanakan oleh Penyedia Layanan dalam salah satu jadwal di bawah ini, diumumkan dan dibatasi sebagaimana ditetapkan untuk jadwal tersebut.',
    'definitions.maintenance.window':
        '{window}{notice, select, none {} other {, diumumkan sekurang-kurangnya {notice} sebelumnya}}{allowance, select, none {} other {, paling lama {allowance} per {per}}}',
    'definitions.serviceCredit':
        '{term} berarti kredit sebesar persentase dari Biaya Bulanan untuk suatu paket, sebagaimana diatur dalam Pasal {credits}.',
    'definitions.monthlyFee.term': 'Biaya Bulanan',
    'definitions.monthlyFee':
        '{term} berarti biaya untuk satu bulan layanan dalam suatu paket{priced, select, yes {, sebagaimana tercantum dalam Pasal {commitment}} other {}}.',
    'commitment.firm':
        'Penyedia Layanan akan menyediakan {scoped, select, yes {layanan yang dicakup} other {layanan}} dengan {uptime} sekurang-kurangnya sebesar angka di bawah ini {tiers, plural, =1 {untuk paket {tier}} other {untuk setiap paket}}.',
    'commitment.efforts':
        'Penyedia Layanan akan melakukan upaya yang wajar secara komersial agar {scoped, select, yes {layanan yang dicakup} other {layanan}} tersedia dengan {uptime} sekurang-kurangnya sebesar angka di bawah ini {tiers, plural, =1 {untuk paket {tier}} other {untuk setiap paket}}.',
    'commitment.fee': 'Biaya Bulanan',
    'commitment.budget': 'Waktu Henti yang diperbolehkan dalam {noun} {days} hari (dibulatkan ke detik)',
    'credits.intro':
        'Apabila {uptime} suatu paket untuk satu {noun} kalender berada di bawah komitmen untuk paket tersebut dalam Pasal {commitment}, Pelanggan berhak atas Kredit Layanan yang ditetapkan di bawah ini untuk paket tersebut{claims, select, yes {, atas klaim yang diajukan berdasarkan Pasal {claimsSection}} other {}}.',
    'credits.latencyIntro':
        'Apabila latensi {percentile} paket tersebut yang diukur selama satu {noun} kalender berada dalam salah satu rentang di bawah ini, Kredit Layanan yang tercantum berlaku dengan ketentuan yang sama:',
    'credits.cap':
        '{period, select, monthly {Kredit Layanan untuk satu bulan tidak akan melebihi {cap} dari Biaya Bulanan untuk paket tersebut.} other {Kredit Layanan untuk satu {noun} tidak akan melebihi {cap} dari Biaya Bulanan untuk paket tersebut (biaya untuk satu bulan, bukan untuk seluruh {noun}).}}',
    'exclusions.intro':
        '{credits, select, yes {Komitmen dalam SLA ini, dan Kredit Layanan berdasarkan Pasal {section}, tidak berlaku untuk:} other {Komitmen dalam SLA ini tidak berlaku untuk:}}',
    'exclusion.scheduled-maintenance':
        'Pemeliharaan Terjadwal ({window}){notice, select, none {} other {, diumumkan sekurang-kurangnya {notice} sebelumnya}}{allowance, select, none {} other {, paling lama {allowance} per {per}}}',
    'exclusion.third-party': 'Ketidaktersediaan yang disebabkan oleh penyedia pihak ketiga di luar kendali Penyedia Layanan',
    'exclusion.customer-caused': 'Ketidaktersediaan yang disebabkan oleh tindakan atau kelalaian Pelanggan',
    'exclusion.internet-connectivity': 'Ketidaktersediaan yang disebabkan oleh konektivitas internet Pelanggan',
    'exclusion.force-majeure': 'Ketidaktersediaan yang disebabkan oleh keadaan kahar',
    'exclusion.ddos': 'Ketidaktersediaan yang disebabkan oleh serangan penolakan layanan terdistribusi (DDoS)',
    'exclusion.beta-features': 'Fitur yang ditetapkan sebagai beta',
    'claims.none': 'SLA ini tidak mengatur tata cara klaim.',
    'claims.window':
        'Pelanggan wajib mengajukan klaim Kredit Layanan dalam waktu {window} setelah berakhirnya {noun} terjadinya Waktu Henti.',
};
