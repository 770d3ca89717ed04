/**
 * The words only the Word edition writes: the cover block's labels, the page footer, the document
 * properties, and the bilingual edition's governing-language clause. ICU MessageFormat, one table
 * per language with exactly the English keys and placeholders (a test holds them to it).
 */
import type { ContractLanguage } from './languages.js';

export const WORD_MESSAGES = {
    en: {
        'cover.heading': 'Key Terms',
        'cover.provider': 'Provider',
        'cover.customer': 'Customer',
        'cover.effective': 'Effective Date',
        'cover.term': 'Term',
        'cover.scope': 'Covered Services',
        'cover.tiers': 'Tiers and Commitments',
        'cover.tier': 'Tier',
        'cover.fee': 'Fee',
        'cover.availability': 'Availability Commitment',
        'cover.fee-per-month': '{amount} per month',
        'cover.none': '—',
        'footer.page': 'Page {page} of {pages}',
        'properties.subject': 'Service Level Agreement',
        'properties.title': '{title} — Service Level Agreement',
        'languages.heading': 'Languages',
        'languages.clause': 'This Agreement is made in {first} and in {second}. If the two texts differ, the text in {governing} prevails.',
    },
    id: {
        'cover.heading': 'Ketentuan Pokok',
        'cover.provider': 'Penyedia Layanan',
        'cover.customer': 'Pelanggan',
        'cover.effective': 'Tanggal Berlaku',
        'cover.term': 'Jangka Waktu',
        'cover.scope': 'Layanan yang Dicakup',
        'cover.tiers': 'Paket dan Komitmen',
        'cover.tier': 'Paket',
        'cover.fee': 'Biaya',
        'cover.availability': 'Komitmen Ketersediaan',
        'cover.fee-per-month': '{amount} per bulan',
        'cover.none': '—',
        'footer.page': 'Halaman {page} dari {pages}',
        'properties.subject': 'Perjanjian Tingkat Layanan',
        'properties.title': '{title} — Perjanjian Tingkat Layanan',
        'languages.heading': 'Bahasa',
        'languages.clause':
            'Perjanjian ini dibuat dalam {first} dan dalam {second}. Apabila terdapat perbedaan di antara kedua teks, teks dalam {governing} yang berlaku.',
    },
    ru: {
        'cover.heading': 'Основные условия',
        'cover.provider': 'Исполнитель',
        'cover.customer': 'Заказчик',
        'cover.effective': 'Дата вступления в силу',
        'cover.term': 'Срок действия',
        'cover.scope': 'Услуги, на которые распространяется Соглашение',
        'cover.tiers': 'Тарифы и обязательства',
        'cover.tier': 'Тариф',
        'cover.fee': 'Стоимость',
        'cover.availability': 'Гарантированная доступность',
        'cover.fee-per-month': '{amount} в месяц',
        'cover.none': '—',
        'footer.page': 'Страница {page} из {pages}',
        'properties.subject': 'Соглашение об уровне обслуживания',
        'properties.title': '{title} — Соглашение об уровне обслуживания',
        'languages.heading': 'Языки',
        'languages.clause':
            'Настоящее Соглашение составлено на {first} и на {second}. В случае расхождения между текстами преимущественную силу имеет текст на {governing}.',
    },
    zh: {
        'cover.heading': '主要条款',
        'cover.provider': '服务提供方',
        'cover.customer': '客户',
        'cover.effective': '生效日期',
        'cover.term': '期限',
        'cover.scope': '适用服务',
        'cover.tiers': '服务等级与承诺',
        'cover.tier': '服务等级',
        'cover.fee': '费用',
        'cover.availability': '服务可用性承诺',
        'cover.fee-per-month': '每月{amount}',
        'cover.none': '—',
        'footer.page': '第{page}页,共{pages}页',
        'properties.subject': '服务等级协议',
        'properties.title': '{title} — 服务等级协议',
        'languages.heading': '语言',
        'languages.clause': '本协议以{first}和{second}写成。两种文本如有不一致,以{governing}文本为准。',
    },
} as const satisfies Record<ContractLanguage, Record<string, string>>;

export type WordMessageKey = keyof (typeof WORD_MESSAGES)['en'];
