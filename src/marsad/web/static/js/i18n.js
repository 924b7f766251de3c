// Labels in Arabic (the default) and English; the page direction follows the language.

const LABELS = {
  ar: {
    title: "مرصد", map: "الخريطة", timeline: "الخط الزمني", graph: "شبكة الفاعلين",
    search: "البحث", otherLanguage: "English", type: "النوع", anyType: "كل الأنواع",
    actor: "الفاعل", country: "البلد", place: "المكان", from: "من", to: "إلى",
    apply: "تطبيق", clear: "مسح", searchHint: "كلمات عربية، مثل: غارات الرقة",
    events: "أحداث", eventsAt: "أحداث في", eventsOf: "أحداث الفاعل", noEvents: "لا أحداث",
    article: "المقال", evidence: "الأدلة", shown: "المعروض", of: "من أصل",
    negated: "منفي", noResults: "لا نتائج", published: "نُشر",
    entity: "كيان", time: "زمن", actorKind: "فاعل", trigger: "حدث", placeKind: "مكان",
    articleEvents: "الأحداث في المقال", onMap: "على الخريطة", clickMarker: "انقر على علامة لعرض أحداثها",
    clickNode: "انقر على فاعل لعرض أحداثه", cooperation: "تعاون", conflict: "صراع", neutral: "محايد",
    legend: "المفتاح", unknown: "؟", actors: "فاعلاً", links: "علاقة",
  },
  en: {
    title: "Marsad", map: "Map", timeline: "Timeline", graph: "Actor graph", search: "Search",
    otherLanguage: "العربية", type: "Type", anyType: "All types", actor: "Actor",
    country: "Country", place: "Place", from: "From", to: "To", apply: "Apply", clear: "Clear",
    searchHint: "Arabic words, e.g. غارات الرقة", events: "events", eventsAt: "Events at",
    eventsOf: "Events of", noEvents: "No events", article: "Article", evidence: "Evidence",
    shown: "shown", of: "of", negated: "negated", noResults: "No results",
    published: "Published", entity: "Entity", time: "Time", actorKind: "Actor",
    trigger: "Event", placeKind: "Place", articleEvents: "Events in the article",
    onMap: "on the map", clickMarker: "Click a marker to list its events",
    clickNode: "Click an actor to list its events", cooperation: "Cooperation",
    conflict: "Conflict", neutral: "Neutral", legend: "Legend", unknown: "?",
    actors: "actors", links: "links",
  },
};

const TYPE_NAMES = {
  AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", CONCEDE: "تنازل", COOPERATE: "تعاون",
  AID: "مساعدة", RETREAT: "انسحاب", REQUEST: "طلب", ACCUSE: "اتهام", REJECT: "رفض",
  THREATEN: "تهديد", PROTEST: "احتجاج", SANCTION: "عقوبات", MOBILIZE: "تعبئة",
  COERCE: "إكراه", ASSAULT: "هجوم",
};

export let language = localStorage.getItem("marsad-language") === "en" ? "en" : "ar";

export function t(key) {
  return LABELS[language][key] ?? key;
}

export function typeName(type) {
  return language === "ar" ? TYPE_NAMES[type] || type : type;
}

export function toggleLanguage() {
  language = language === "ar" ? "en" : "ar";
  localStorage.setItem("marsad-language", language);
  applyLabels();
}

/** Sets the page language and direction and every [data-i18n] label. */
export function applyLabels() {
  document.documentElement.lang = language;
  document.documentElement.dir = language === "ar" ? "rtl" : "ltr";
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-i18n]")) {
    node.textContent = t(node.dataset.i18n);
  }
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
    node.placeholder = t(node.dataset.i18nPlaceholder);
  }
}
