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
    preamble:
        'Perjanjian Tingkat Layanan ("SLA") ini menetapkan tingkat layanan yang menjadi komitmen Penyedia Layanan untuk setiap paket layanan, cara pengukurannya, serta Kredit Layanan yang dapat diklaim oleh Pelanggan apabila suatu komitmen tidak terpenuhi.',

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
    'definitions.maintenance':
        '{term} berarti pemeliharaan yang {notice, select, none {} other {diumumkan oleh Penyedia Layanan sekurang-kurangnya {notice} sebelumnya dan }}dilaksanakan oleh Penyedia Layanan{allowance, select, none {} other {, paling lama {allowance} per {per, select, day {hari} week {minggu} month {bulan} quarter {triwulan} other {tahun}},}} dalam jadwal berikut: {window}',
    'definitions.maintenance.excluded': 'Pemeliharaan Terjadwal bukan merupakan Waktu Henti.',
    'definitions.maintenance.included': 'Pemeliharaan Terjadwal dihitung sebagai Waktu Henti.',
    'definitions.serviceCredit.term': 'Kredit Layanan',
    'definitions.serviceCredit':
        '{term} berarti persentase dari biaya bulanan untuk paket yang terdampak, yang menjadi hak Pelanggan berdasarkan Pasal {credits}.',

    // 2. Service Commitment
    'commitment.title': 'Komitmen Layanan',
    'commitment.intro':
        'Penyedia Layanan akan melakukan upaya yang wajar secara komersial agar {scoped, select, yes {layanan yang dicakup} other {layanan}} tersedia dengan {uptime} sekurang-kurangnya sebesar angka di bawah ini untuk paket Pelanggan.',
    'commitment.fee': 'Biaya bulanan',
    'commitment.budget': 'Waktu Henti yang diperbolehkan dalam {noun} {days} hari',
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
    'credits.intro':
        'Apabila {uptime} untuk satu {noun} kalender berada di bawah komitmen paket Pelanggan, Pelanggan berhak atas Kredit Layanan di bawah ini, sebagai persentase dari biaya bulanan untuk paket tersebut.',
    'credits.column': 'Kredit Layanan',
    'credits.latencyIntro':
        'Apabila latensi {percentile} yang diukur selama satu {noun} kalender berada dalam salah satu rentang di bawah ini, Pelanggan berhak atas Kredit Layanan yang tercantum:',
    'credits.cap': 'Kredit Layanan untuk satu {noun} tidak akan melebihi {cap} dari biaya bulanan untuk paket tersebut.',
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
    'exclusions.intro': 'Komitmen dalam SLA ini, dan Kredit Layanan berdasarkan Pasal {credits}, tidak berlaku untuk:',
    'exclusion.scheduled-maintenance': 'Pemeliharaan Terjadwal',
    'exclusion.third-party': 'ketidaktersediaan yang disebabkan oleh penyedia pihak ketiga di luar kendali Penyedia Layanan',
    'exclusion.customer-caused': 'ketidaktersediaan yang disebabkan oleh tindakan atau kelalaian Pelanggan',
    'exclusion.internet-connectivity': 'ketidaktersediaan yang disebabkan oleh konektivitas internet Pelanggan',
    'exclusion.force-majeure': 'ketidaktersediaan yang disebabkan oleh keadaan kahar',
    'exclusion.ddos': 'ketidaktersediaan yang disebabkan oleh serangan penolakan layanan terdistribusi (DDoS)',
    'exclusion.beta-features': 'fitur yang ditetapkan sebagai beta',

    // 6. Claims
    'claims.title': 'Klaim',
    'claims.none': 'SLA ini tidak mengatur tata cara klaim Kredit Layanan.',
    'claims.window':
        'Untuk memperoleh Kredit Layanan, Pelanggan wajib mengajukan klaim dalam waktu {window} setelah berakhirnya {noun} terjadinya Waktu Henti.',
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
};
