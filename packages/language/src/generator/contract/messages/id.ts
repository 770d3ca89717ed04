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
    'support.response': '{response, select, defined {Respons} other {Respons}} awal',
    'support.resolution': 'Target {resolution, select, defined {Penyelesaian} other {penyelesaian}}',
    'support.escalation': 'Eskalasi',
    'support.bestEffort': 'upaya terbaik',
    'support.escalationAfter': 'setelah {duration}',
    'support.noResponses':
        'Tidak ada komitmen waktu {response, select, defined {Respons} other {respons}} untuk {count, plural, other {paket}} {tiers}.',

    // 4. Service Credits
    'credits.title': 'Kredit Layanan',
    'credits.none': 'SLA ini tidak memberikan Kredit Layanan.',
    'credits.column': 'Kredit Layanan',
    'coverage.calendar': 'Jam kalender {calendar}',
    'credits.periodCap': 'Kredit Layanan untuk satu {noun} tidak akan melebihi {cap}.',
    'credits.annualCap': 'Kredit Layanan untuk satu tahun secara keseluruhan tidak akan melebihi {cap}.',
    'credits.shareOfMonthlyFee': '{share} dari Biaya Bulanan',
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
        '{term} berarti biaya untuk satu bulan layanan dalam suatu paket{priced, select, yes {, sebagaimana tercantum dalam Pasal {commitment}} other {}}{annual, select, yes { (untuk paket yang harganya per tahun, seperdua belas dari biaya tahunannya)} other {}}.',
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
    'commitment.feePerYear': '{amount} per tahun (Biaya Bulanan adalah seperdua belasnya)',
    'services.title': 'Layanan',
    'services.covered': 'SLA ini mencakup layanan berikut:',
    'services.item': '{name}{description, select, none {} other {: {description}}}',
    'services.regions': 'Layanan {name} disediakan di region {regions}.',
    'services.measuredPer':
        'Komitmen untuk layanan {name} berlaku untuk setiap {unit, select, region {region} instance {instans} zone {zona} endpoint {endpoint} other {akun}} secara terpisah.',
    'services.tierIntro': 'Untuk paket {tier}, Penyedia Layanan berkomitmen atas hal-hal berikut untuk setiap layanan:',
    'services.column.service': 'Layanan',
    'services.column.errorRate': 'Tingkat kesalahan (paling tinggi)',
    'services.column.rpo': 'Sasaran titik pemulihan (RPO)',
    'services.column.rto': 'Sasaran waktu pemulihan (RTO)',
    'services.column.throughput': 'Throughput',
    'services.errorRate': 'Untuk paket {tier}, tidak lebih dari {percent} permintaan yang sah dalam satu {noun} kalender boleh gagal.',
    'services.rpo':
        'Untuk paket {tier}, suatu kegagalan paling banyak menghilangkan data {duration} terakhir sebelum kegagalan tersebut (sasaran titik pemulihan).',
    'services.rto':
        'Untuk paket {tier}, Penyedia Layanan akan memulihkan layanan dalam waktu {duration} sejak terjadinya kegagalan (sasaran waktu pemulihan).',
    'services.throughput':
        'Untuk paket {tier}, Penyedia Layanan akan melayani sekurang-kurangnya {count, plural, other {{requests} permintaan}} per {per, select, second {detik} minute {menit} other {jam}}.',
    'services.throughputCell':
        '{count, plural, other {{requests} permintaan}} per {per, select, second {detik} minute {menit} other {jam}}',
    'services.internal':
        'Untuk paket {tier}, Penyedia Layanan menetapkan sasaran internal sebesar {percent}; sasaran internal tersebut bukan merupakan komitmen berdasarkan SLA ini.',
    'services.fee.year': 'Biaya untuk paket {tier} adalah {amount} per tahun; Biaya Bulanannya adalah seperdua belas dari jumlah tersebut.',
    'remedies.title': 'Pemulihan Hak',
    'remedies.errorRateIntro':
        'Untuk paket {tier}{service, select, none {} other { dan layanan {service}}}, apabila tingkat kesalahan yang diukur selama satu {noun} kalender berada dalam salah satu rentang di bawah ini, Kredit Layanan yang tercantum berlaku:',
    'remedies.errorRate.column': 'Tingkat kesalahan',
    'remedies.missedResponse':
        'Untuk paket {tier}{service, select, none {} other { dan layanan {service}}}, setiap {response, select, defined {Respons} other {respons}} awal atas {incident, select, defined {Insiden} other {insiden}} {severity} yang melewati target dalam Pasal {support} memberikan Kredit Layanan sebesar {credit}.',
    'remedies.availabilityIntro':
        'Untuk paket {tier} dan layanan {service}, Kredit Layanan berikut berlaku sebagai pengganti Kredit Layanan dalam Pasal {credits}:',
    'remedies.periodCap':
        'Untuk paket {tier}{service, select, none {} other { dan layanan {service}}}, Kredit Layanan untuk satu {noun} tidak akan melebihi {cap}.',
    'remedies.annualCap':
        'Untuk paket {tier}{service, select, none {} other { dan layanan {service}}}, Kredit Layanan untuk satu tahun tidak akan melebihi {cap}.',
    'remedies.capShare': '{percent} dari {fee, select, annual {biaya tahunan} other {Biaya Bulanan}}',
    'remedies.termination.consecutive':
        'Untuk paket {tier}{service, select, none {} other { dan layanan {service}}}, Pelanggan dapat mengakhiri SLA ini apabila {metric} {range} selama {count} {unit} berturut-turut.',
    'remedies.termination.any':
        'Untuk paket {tier}{service, select, none {} other { dan layanan {service}}}, Pelanggan dapat mengakhiri SLA ini apabila {metric} {range} dalam {count} dari {window} {unit} berturut-turut.',
    'remedies.metric': '{metric, select, availability {{uptime}} errorRate {tingkat kesalahan} other {latensi {percentile}}}',
    'remedies.soleRemedy.yes':
        'Kredit Layanan merupakan satu-satunya upaya pemulihan bagi Pelanggan atas setiap kegagalan memenuhi komitmen dalam SLA ini.',
    'remedies.soleRemedy.no':
        'Kredit Layanan bukan satu-satunya upaya pemulihan bagi Pelanggan: Pelanggan tetap memiliki setiap upaya pemulihan lain berdasarkan perjanjian atau hukum.',
    'remedies.transferable.yes': 'Kredit Layanan dapat dialihkan kepada pihak lain.',
    'remedies.transferable.no': 'Kredit Layanan tidak dapat dialihkan kepada pihak lain.',
    'remedies.payableInCash.yes': 'Kredit Layanan dapat dibayarkan secara tunai.',
    'remedies.payableInCash.no': 'Kredit Layanan tidak dapat dibayarkan secara tunai.',
    'remedies.forfeited.yes': 'Kredit Layanan yang belum diperhitungkan menjadi gugur apabila SLA ini atau perjanjian berakhir.',
    'remedies.forfeited.no': 'Kredit Layanan yang belum diperhitungkan tetap berlaku setelah berakhirnya SLA ini atau perjanjian.',
    'remedies.minimum': 'Kredit Layanan yang kurang dari {minimum} tidak dibayarkan.',
    'remedies.claimFrom':
        'Jangka waktu klaim dihitung sejak {from, select, incident {dimulainya {incident, select, defined {Insiden} other {insiden}}} other {berakhirnya {noun} terjadinya Waktu Henti}}.',
    'remedies.claimContents': 'Klaim wajib memuat: {contents}',
    'operations.title': 'Operasional',
    'operations.timeZone': '{noun} kalender dimulai dan berakhir menurut zona waktu {zone}.',
    'operations.calendar':
        'Kalender {name} mencakup {days}{hours, select, none {} other {, {hours}}}{zone, select, none {} other {, menurut zona waktu {zone}}}{holidays, select, none {} other {, kecuali hari libur yang tercantum dalam {holidays}}}.',
    'operations.hours': '{start}-{end}',
    'operations.holidays': 'Hari libur {name} adalah:',
    'operations.holiday': '{date}{name, select, none {} other { ({name})}}',
    'operations.support.calendar': 'Dukungan untuk paket {tier} tersedia selama jam kalender {calendar}.',
    'operations.clock.pauses':
        'Untuk paket {tier}, waktu {response, select, defined {Respons} other {respons}} dan {resolution, select, defined {Penyelesaian} other {penyelesaian}} hanya berjalan selama cakupan dukungan dan berhenti di luar cakupan tersebut.',
    'operations.clock.runs':
        'Untuk paket {tier}, waktu {response, select, defined {Respons} other {respons}} dan {resolution, select, defined {Penyelesaian} other {penyelesaian}} berjalan sepanjang waktu, termasuk di luar cakupan dukungan.',
    'operations.definition': '{term} berarti {definition}',
    'operations.term.incident': 'Insiden',
    'operations.term.response': 'Respons',
    'operations.term.resolution': 'Penyelesaian',
    'operations.severityBy':
        '{party, select, customer {Pelanggan} other {Penyedia Layanan}} menetapkan tingkat keparahan setiap {incident, select, defined {Insiden} other {insiden}}.',
    'operations.statusPage':
        'Penyedia Layanan menerbitkan status layanan pada halaman status{address, select, none {} other { di {address}}}.',
    'operations.incidentReport':
        'Penyedia Layanan akan menyampaikan laporan {incident, select, defined {Insiden} other {insiden}} tertulis dalam waktu {within}{severity, select, none { sejak setiap {incident, select, defined {Insiden} other {insiden}}} other { sejak setiap {incident, select, defined {Insiden} other {insiden}} {severity}}}.',
    'remedies.terminationUnit': '{unit, select, month {bulan} quarter {triwulan} other {tahun}}',
    'operations.businessDays': '{count, plural, other {{n} hari kerja}}',
    'operations.serviceReport':
        'Penyedia Layanan akan menyampaikan laporan layanan mengenai tingkat layanan yang dicapai setiap {period, select, monthly {bulan} quarterly {triwulan} other {tahun}}.',
    'operations.review':
        'Para pihak akan meninjau SLA ini dan layanan bersama-sama setiap {period, select, monthly {bulan} quarterly {triwulan} other {tahun}}.',
    'operations.partialMinutes':
        'Menit yang hanya sebagian tidak tersedia dihitung sebagai {counts, select, downtime {Waktu Henti} other {tersedia}}.',
    'operations.firstPeriod':
        '{noun} pertama yang dimulai setelah awal suatu {noun} kalender {prorated, select, yes {dihitung secara prorata} other {dihitung penuh}}.',
    'operations.minimumOutage': 'Ketidaktersediaan yang lebih singkat dari {duration} tidak dihitung sebagai Waktu Henti.',
    'operations.errorRateInterval':
        'Tingkat kesalahan diukur dalam interval berturut-turut selama {duration}; interval yang lebih dari {percent} permintaan sahnya gagal dihitung sebagai Waktu Henti.',
    'operations.missingData': 'Periode tanpa data pemantauan dihitung sebagai {counts, select, downtime {Waktu Henti} other {tersedia}}.',
    'operations.dataFrom':
        '{source, select, provider {Data pemantauan Penyedia Layanan menentukan} customer {Data pemantauan Pelanggan menentukan} other {Data pemantauan kedua belah pihak menentukan}} apakah suatu komitmen terpenuhi.',
    'operations.measuredDuring':
        '{calendar, select, none {Ketersediaan diukur sepanjang waktu.} other {Ketersediaan hanya diukur selama jam kalender {calendar}.}}',
};
