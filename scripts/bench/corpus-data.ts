// Tables the synthetic corpus is drawn from. Plain data, no logic: names with their usual
// Latin transliteration (Maghreb/French style for the Maghreb, English style elsewhere), the
// countries, the offices every government has, and the phrases articles are made of.

export interface CountryRow {
  code: string;
  nameAr: string;
  nameEn: string;
  /** Masculine demonym used after a title: «وزير الداخلية المغربي». */
  demonym: string;
  demonymF: string;
  capitalAr: string;
  capitalEn: string;
  /** Which name table its officials are drawn from. */
  names: "arab" | "west" | "tr" | "ru";
  /** Relative weight: how often its officials appear in the corpus. */
  weight: number;
}

export const COUNTRIES: CountryRow[] = [
  { code: "MA", nameAr: "المغرب", nameEn: "Morocco", demonym: "المغربي", demonymF: "المغربية", capitalAr: "الرباط", capitalEn: "Rabat", names: "arab", weight: 9 },
  { code: "DZ", nameAr: "الجزائر", nameEn: "Algeria", demonym: "الجزائري", demonymF: "الجزائرية", capitalAr: "الجزائر العاصمة", capitalEn: "Algiers", names: "arab", weight: 6 },
  { code: "TN", nameAr: "تونس", nameEn: "Tunisia", demonym: "التونسي", demonymF: "التونسية", capitalAr: "تونس العاصمة", capitalEn: "Tunis", names: "arab", weight: 5 },
  { code: "EG", nameAr: "مصر", nameEn: "Egypt", demonym: "المصري", demonymF: "المصرية", capitalAr: "القاهرة", capitalEn: "Cairo", names: "arab", weight: 7 },
  { code: "SA", nameAr: "السعودية", nameEn: "Saudi Arabia", demonym: "السعودي", demonymF: "السعودية", capitalAr: "الرياض", capitalEn: "Riyadh", names: "arab", weight: 6 },
  { code: "AE", nameAr: "الإمارات", nameEn: "United Arab Emirates", demonym: "الإماراتي", demonymF: "الإماراتية", capitalAr: "أبوظبي", capitalEn: "Abu Dhabi", names: "arab", weight: 5 },
  { code: "QA", nameAr: "قطر", nameEn: "Qatar", demonym: "القطري", demonymF: "القطرية", capitalAr: "الدوحة", capitalEn: "Doha", names: "arab", weight: 3 },
  { code: "JO", nameAr: "الأردن", nameEn: "Jordan", demonym: "الأردني", demonymF: "الأردنية", capitalAr: "عمّان", capitalEn: "Amman", names: "arab", weight: 4 },
  { code: "LB", nameAr: "لبنان", nameEn: "Lebanon", demonym: "اللبناني", demonymF: "اللبنانية", capitalAr: "بيروت", capitalEn: "Beirut", names: "arab", weight: 3 },
  { code: "IQ", nameAr: "العراق", nameEn: "Iraq", demonym: "العراقي", demonymF: "العراقية", capitalAr: "بغداد", capitalEn: "Baghdad", names: "arab", weight: 4 },
  { code: "US", nameAr: "الولايات المتحدة", nameEn: "United States", demonym: "الأمريكي", demonymF: "الأمريكية", capitalAr: "واشنطن", capitalEn: "Washington", names: "west", weight: 7 },
  { code: "FR", nameAr: "فرنسا", nameEn: "France", demonym: "الفرنسي", demonymF: "الفرنسية", capitalAr: "باريس", capitalEn: "Paris", names: "west", weight: 5 },
  { code: "ES", nameAr: "إسبانيا", nameEn: "Spain", demonym: "الإسباني", demonymF: "الإسبانية", capitalAr: "مدريد", capitalEn: "Madrid", names: "west", weight: 4 },
  { code: "GB", nameAr: "بريطانيا", nameEn: "United Kingdom", demonym: "البريطاني", demonymF: "البريطانية", capitalAr: "لندن", capitalEn: "London", names: "west", weight: 3 },
  { code: "DE", nameAr: "ألمانيا", nameEn: "Germany", demonym: "الألماني", demonymF: "الألمانية", capitalAr: "برلين", capitalEn: "Berlin", names: "west", weight: 3 },
  { code: "TR", nameAr: "تركيا", nameEn: "Turkey", demonym: "التركي", demonymF: "التركية", capitalAr: "أنقرة", capitalEn: "Ankara", names: "tr", weight: 3 },
  { code: "RU", nameAr: "روسيا", nameEn: "Russia", demonym: "الروسي", demonymF: "الروسية", capitalAr: "موسكو", capitalEn: "Moscow", names: "ru", weight: 3 },
];

export interface OfficeRow {
  key: string;
  kind: "government" | "security" | "intelligence" | "military" | "ministry" | "embassy" | "other";
  agencyAr: string;
  agencyEn: string;
  titleAr: string;
  titleEn: string;
  weight: number;
}

/** Offices every country in the corpus has; an agency per office. */
export const OFFICES: OfficeRow[] = [
  { key: "head-of-government", kind: "government", agencyAr: "رئاسة الحكومة", agencyEn: "Office of the Head of Government", titleAr: "رئيس الحكومة", titleEn: "Head of Government", weight: 5 },
  { key: "foreign", kind: "ministry", agencyAr: "وزارة الشؤون الخارجية", agencyEn: "Ministry of Foreign Affairs", titleAr: "وزير الخارجية", titleEn: "Minister of Foreign Affairs", weight: 9 },
  { key: "interior", kind: "ministry", agencyAr: "وزارة الداخلية", agencyEn: "Ministry of the Interior", titleAr: "وزير الداخلية", titleEn: "Minister of the Interior", weight: 7 },
  { key: "defense", kind: "ministry", agencyAr: "وزارة الدفاع", agencyEn: "Ministry of Defense", titleAr: "وزير الدفاع", titleEn: "Minister of Defense", weight: 5 },
  { key: "economy", kind: "ministry", agencyAr: "وزارة الاقتصاد والمالية", agencyEn: "Ministry of Economy and Finance", titleAr: "وزير الاقتصاد والمالية", titleEn: "Minister of Economy and Finance", weight: 3 },
  { key: "intelligence", kind: "intelligence", agencyAr: "جهاز المخابرات العامة", agencyEn: "General Intelligence Service", titleAr: "مدير المخابرات العامة", titleEn: "Director of General Intelligence", weight: 4 },
  { key: "police", kind: "security", agencyAr: "المديرية العامة للأمن الوطني", agencyEn: "General Directorate of National Security", titleAr: "المدير العام للأمن الوطني", titleEn: "Director General of National Security", weight: 4 },
  { key: "army", kind: "military", agencyAr: "هيئة الأركان العامة", agencyEn: "General Staff", titleAr: "رئيس هيئة الأركان العامة", titleEn: "Chief of the General Staff", weight: 2 },
  { key: "parliament", kind: "other", agencyAr: "مجلس النواب", agencyEn: "House of Representatives", titleAr: "رئيس مجلس النواب", titleEn: "Speaker of the House", weight: 2 },
  { key: "ambassador", kind: "embassy", agencyAr: "السفارة", agencyEn: "Embassy", titleAr: "السفير", titleEn: "Ambassador", weight: 5 },
  { key: "foreign-deputy", kind: "ministry", agencyAr: "وزارة الشؤون الخارجية", agencyEn: "Ministry of Foreign Affairs", titleAr: "كاتب الدولة لدى وزير الخارجية", titleEn: "Secretary of State for Foreign Affairs", weight: 2 },
  { key: "counter-terrorism", kind: "security", agencyAr: "مكتب مكافحة الإرهاب", agencyEn: "Counter-Terrorism Office", titleAr: "مدير مكتب مكافحة الإرهاب", titleEn: "Director of the Counter-Terrorism Office", weight: 2 },
];

type Name = readonly [ar: string, en: string];

export const ARAB_GIVEN_M: Name[] = [
  ["محمد", "Mohamed"], ["أحمد", "Ahmed"], ["عبد اللطيف", "Abdellatif"], ["عبد الله", "Abdallah"], ["يوسف", "Youssef"],
  ["عمر", "Omar"], ["خالد", "Khaled"], ["سعيد", "Said"], ["ناصر", "Nasser"], ["حسن", "Hassan"], ["حسين", "Hussein"],
  ["علي", "Ali"], ["إبراهيم", "Ibrahim"], ["مصطفى", "Mustapha"], ["رشيد", "Rachid"], ["كريم", "Karim"], ["طارق", "Tarek"],
  ["سمير", "Samir"], ["جمال", "Jamal"], ["نبيل", "Nabil"], ["عادل", "Adel"], ["هشام", "Hicham"], ["فؤاد", "Fouad"],
  ["مراد", "Mourad"], ["عبد الرحمن", "Abderrahmane"], ["عبد العزيز", "Abdelaziz"], ["عبد الكريم", "Abdelkrim"],
  ["منير", "Mounir"], ["بدر", "Badr"], ["فيصل", "Faisal"], ["سلمان", "Salman"], ["زايد", "Zayed"], ["حمد", "Hamad"],
  ["تميم", "Tamim"], ["وليد", "Walid"], ["أنور", "Anouar"], ["إدريس", "Driss"], ["الطيب", "Tayeb"], ["الحبيب", "Habib"],
  ["نور الدين", "Noureddine"], ["صلاح الدين", "Salaheddine"], ["عز الدين", "Azzeddine"], ["لحسن", "Lahcen"], ["عثمان", "Othmane"],
  ["ياسين", "Yassine"], ["أيمن", "Ayman"], ["ماجد", "Majed"], ["سامي", "Sami"], ["رياض", "Riad"], ["زكرياء", "Zakaria"],
];

export const ARAB_GIVEN_F: Name[] = [
  ["فاطمة", "Fatima"], ["نزهة", "Nouzha"], ["سلوى", "Salwa"], ["ليلى", "Leila"], ["أمينة", "Amina"], ["نادية", "Nadia"],
  ["سميرة", "Samira"], ["هند", "Hind"], ["رجاء", "Rajae"], ["مريم", "Meriem"], ["نجاة", "Najat"], ["خديجة", "Khadija"],
  ["سعاد", "Souad"], ["وفاء", "Wafae"], ["لطيفة", "Latifa"], ["ريم", "Rim"],
];

export const ARAB_FAMILY: Name[] = [
  ["الحموشي", "Hammouchi"], ["بوريطة", "Bourita"], ["العلمي", "Alami"], ["بنكيران", "Benkirane"], ["الفاسي", "El Fassi"],
  ["التازي", "Tazi"], ["بنعلي", "Benali"], ["الإدريسي", "Idrissi"], ["المنصوري", "Mansouri"], ["الشرقاوي", "Cherkaoui"],
  ["الزياني", "Zayani"], ["القحطاني", "Al-Qahtani"], ["العتيبي", "Al-Otaibi"], ["الدوسري", "Al-Dosari"], ["الشمري", "Al-Shammari"],
  ["المصري", "El-Masry"], ["عبد الفتاح", "Abdel Fattah"], ["شكري", "Shoukry"], ["السيسي", "El-Sisi"], ["نصر الله", "Nasrallah"],
  ["الخطيب", "Khatib"], ["الصفدي", "Safadi"], ["الرفاعي", "Al-Rifai"], ["الحسيني", "Husseini"], ["الجبوري", "Al-Jubouri"],
  ["الربيعي", "Al-Rubaie"], ["بن سلمان", "bin Salman"], ["آل ثاني", "Al Thani"], ["آل نهيان", "Al Nahyan"], ["بوتفليقة", "Bouteflika"],
  ["تبون", "Tebboune"], ["بلحاج", "Belhadj"], ["بن عمار", "Ben Ammar"], ["الغنوشي", "Ghannouchi"], ["الجملي", "Jemli"],
  ["السبسي", "Essebsi"], ["المرزوقي", "Marzouki"], ["لعمامرة", "Lamamra"], ["مدلسي", "Medelci"], ["عطاف", "Attaf"],
  ["الهاشمي", "Hachimi"], ["الكتاني", "Kettani"], ["بنسعيد", "Bensaid"], ["الودغيري", "Ouadghiri"], ["أخنوش", "Akhannouch"],
  ["لفتيت", "Laftit"], ["المنوني", "Menouni"], ["الطالبي", "Talbi"], ["العماري", "Amari"], ["الرميد", "Ramid"],
];

/** Syllables for family names that are not in the table (nisba: «ال» + syllables + «ي»). */
export const SYLLABLES: Name[] = [
  ["بو", "bou"], ["زي", "zi"], ["دا", "da"], ["نا", "na"], ["را", "ra"], ["مي", "mi"], ["سا", "sa"], ["لي", "li"],
  ["كا", "ka"], ["تو", "tou"], ["حا", "ha"], ["فا", "fa"], ["جا", "ja"], ["نو", "nou"], ["ري", "ri"], ["شا", "cha"],
  ["قا", "qa"], ["خا", "kha"], ["وا", "wa"], ["ما", "ma"], ["بر", "bar"], ["سن", "san"], ["عم", "am"], ["طا", "ta"],
];

export const WEST_GIVEN: Name[] = [
  ["ديفيد", "David"], ["جون", "John"], ["مايكل", "Michael"], ["روبرت", "Robert"], ["جيمس", "James"], ["وليام", "William"],
  ["ريتشارد", "Richard"], ["توماس", "Thomas"], ["مارك", "Mark"], ["بيتر", "Peter"], ["جان", "Jean"], ["بيير", "Pierre"],
  ["فرانسوا", "François"], ["إيمانويل", "Emmanuel"], ["خوسيه", "José"], ["بيدرو", "Pedro"], ["كارلوس", "Carlos"], ["هانز", "Hans"],
  ["أولاف", "Olaf"], ["فرانك", "Frank"], ["آنا", "Anna"], ["ماري", "Marie"], ["كاثرين", "Catherine"], ["أفريل", "Avril"],
];

export const WEST_FAMILY: Name[] = [
  ["فيشر", "Fischer"], ["سميث", "Smith"], ["جونسون", "Johnson"], ["براون", "Brown"], ["ميلر", "Miller"], ["ويلسون", "Wilson"],
  ["مارتن", "Martin"], ["دوبوا", "Dubois"], ["لوران", "Laurent"], ["برنار", "Bernard"], ["غارسيا", "García"], ["لوبيز", "López"],
  ["مارتينيز", "Martínez"], ["شولتز", "Schulz"], ["مولر", "Müller"], ["شميت", "Schmidt"], ["هاينز", "Haines"], ["بومبيو", "Pompeo"],
  ["بلينكن", "Blinken"], ["راي", "Wray"], ["لودريان", "Le Drian"], ["ألباريس", "Albares"], ["كاميرون", "Cameron"], ["بيربوك", "Baerbock"],
];

export const TR_GIVEN: Name[] = [["مولود", "Mevlüt"], ["هاكان", "Hakan"], ["أحمد", "Ahmet"], ["سليمان", "Süleyman"], ["علي", "Ali"], ["خلوصي", "Hulusi"]];
export const TR_FAMILY: Name[] = [["جاويش أوغلو", "Çavuşoğlu"], ["فيدان", "Fidan"], ["صويلو", "Soylu"], ["أقار", "Akar"], ["يلدريم", "Yıldırım"], ["دميرطاش", "Demirtaş"]];
export const RU_GIVEN: Name[] = [["سيرغي", "Sergey"], ["فلاديمير", "Vladimir"], ["ميخائيل", "Mikhail"], ["ألكسندر", "Alexander"], ["نيكولاي", "Nikolai"], ["ديمتري", "Dmitry"]];
export const RU_FAMILY: Name[] = [["لافروف", "Lavrov"], ["شويغو", "Shoigu"], ["باتروشيف", "Patrushev"], ["بوغدانوف", "Bogdanov"], ["كولوكولتسيف", "Kolokoltsev"], ["ناريشكين", "Naryshkin"]];

export const TOPICS: string[] = [
  "التعاون الأمني", "مكافحة الإرهاب", "الهجرة غير النظامية", "تبادل المعلومات الاستخباراتية", "العلاقات الثنائية",
  "التعاون الاقتصادي", "الاستثمار", "الطاقة المتجددة", "الأوضاع في منطقة الساحل", "القضية الفلسطينية", "الأمن الإقليمي",
  "الجريمة المنظمة", "تهريب المخدرات", "الأمن السيبراني", "التعاون العسكري", "التنسيق الدبلوماسي", "التبادل التجاري",
  "الأمن الغذائي", "التغير المناخي", "تنظيم كأس العالم", "الشراكة الاستراتيجية", "التعاون القضائي", "حماية الحدود",
];

export const SOURCES: string[] = [
  "هسبريس", "قريش", "كواليس اليوم", "أحداث.أنفو", "الشرق الأوسط", "الأهرام", "الخبر", "الشروق", "اليوم السابع", "العربي الجديد",
  "الجزيرة نت", "سكاي نيوز عربية", "وكالة المغرب العربي للأنباء", "وكالة الأنباء الجزائرية", "وكالة الأنباء السعودية", "القدس العربي",
  "الصباح", "المساء", "النهار", "عكاظ",
];

export const AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];
export const AR_MONTHS_EAST = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
export const AR_WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

/**
 * Sentences that state a meeting. Slots: {H} host name, {HR} host role, {G} guest name,
 * {GR} guest role, {D} date phrase, {P} place phrase (« بالرباط» or empty), {T} topic.
 */
export const MEETING_HELD: string[] = [
  "استقبل {HR} {H}، {D}، {GR} {G}{P}، حيث تباحث الطرفان حول {T}.",
  "أجرى {H}، {HR}، {D} مباحثات مع {G}، {GR}{P}، تناولت {T}.",
  "جمع لقاء {D} بين {H} {HR} و{G} {GR}{P}، وتناول {T}.",
  "التقى {HR} {H} {D}{P} {GR} {G}، وبحث الجانبان سبل تعزيز {T}.",
  "عقد {H}، {HR}، {D} اجتماعا مع نظيره {G}، {GR}{P}، خصص لبحث {T}.",
];

export const MEETING_PLANNED: string[] = [
  "من المرتقب أن يلتقي {H}، {HR}، {GR} {G} {D}{P} لبحث {T}.",
  "يعقد {HR} {H} {D}{P} جلسة مباحثات مع {G}، {GR}، حول {T}.",
  "ينتظر أن يستقبل {H} {HR} {D}{P} {GR} {G} في زيارة تتناول {T}.",
];

export const EXTRA_PARTICIPANT: string[] = [
  "وحضر اللقاء {N}، {R}.",
  "كما شارك في المباحثات {N}، {R}.",
  "وجرى اللقاء بحضور {R} {N}.",
];

/** Context sentences with no meeting in them. Slots: {C} country, {T} topic, {S} source, {Y} year. */
export const FILLER: string[] = [
  "وتأتي هذه الخطوة في سياق دينامية متواصلة تعرفها العلاقات بين البلدين منذ سنوات، خاصة في مجال {T}.",
  "وأكدت مصادر مطلعة لـ{S} أن الملفات المطروحة تشمل أيضا {T}، إلى جانب قضايا أخرى ذات الاهتمام المشترك.",
  "ويرى مراقبون أن {C} تسعى إلى تثبيت موقعها كشريك موثوق في المنطقة، وهو ما تعكسه وتيرة الزيارات الرسمية المتبادلة.",
  "وكانت تقارير صحفية قد أشارت في {Y} إلى وجود خلافات في وجهات النظر بشأن {T}، قبل أن تعود قنوات التواصل إلى سابق عهدها.",
  "وتجدر الإشارة إلى أن التعاون في مجال {T} عرف تطورا ملحوظا خلال الفترة الأخيرة، وفق ما تفيد به المعطيات الرسمية.",
  "وفي تصريح للصحافة عقب اللقاء، أشاد المسؤولون بمستوى التنسيق القائم، معربين عن الرغبة في توسيعه ليشمل {T}.",
  "ويندرج هذا التحرك ضمن مقاربة شاملة تعتمدها {C} في التعامل مع التحديات المرتبطة بـ{T} على المستويين الإقليمي والدولي.",
  "ولم تصدر أي تفاصيل إضافية عن مضمون المحادثات، غير أن بيانا رسميا تحدث عن أجواء إيجابية سادت النقاش.",
  "ويذكر أن {C} احتضنت في {Y} اجتماعات مماثلة تناولت {T}، بمشاركة خبراء وممثلين عن عدد من المؤسسات.",
  "وتعد هذه القضية من أبرز الملفات التي تحظى باهتمام الرأي العام، في ظل تزايد النقاش حول {T}.",
  "وحسب المتوافر من المعطيات المعلنة، فإن الجانبين اتفقا على مواصلة التشاور وعقد اجتماعات دورية لتقييم ما تحقق.",
  "وأضاف المصدر ذاته أن الزيارة تندرج في إطار تنفيذ مخرجات اللجنة المشتركة التي انعقدت في {Y}.",
];

export const TITLE_TEMPLATES: string[] = [
  "{H} يستقبل {GR} {G}",
  "مباحثات بين {H} و{G} حول {T}",
  "{T}: لقاء يجمع {H} و{G}",
  "لقاءات رفيعة المستوى في {C} بشأن {T}",
];
