// The 14 regions (viloyat) of Uzbekistan and their districts (tuman) and cities of regional
// subordination (shahar). Region codes are ISO 3166-2:UZ; district codes are "<region>-<slug>".
// Each row is [slug, Uzbek Latin, Russian, English] without the "tumani/shahri" word: the full
// names are built in ../generate/places.ts. For a tuman the Russian column is the adjective
// ("Чиланзарский" → "Чиланзарский район"); for a city it is the noun ("Самарканд" → "город Самарканд").

export type PlaceRow = readonly [slug: string, uz: string, ru: string, en: string];

export type RegionSeed = {
  code: string;
  uz: string;
  ru: string;
  en: string;
  /** Landline area code, for branch phone numbers. */
  areaCode: string;
  cities: readonly PlaceRow[];
  tumans: readonly PlaceRow[];
};

export const REGIONS: readonly RegionSeed[] = [
  {
    code: "UZ-QR", uz: "Qoraqalpogʻiston Respublikasi", ru: "Республика Каракалпакстан", en: "Republic of Karakalpakstan", areaCode: "61",
    cities: [["nukus", "Nukus", "Нукус", "Nukus"], ["taxiatosh", "Taxiatosh", "Тахиаташ", "Takhiatash"]],
    tumans: [
      ["amudaryo", "Amudaryo", "Амударьинский", "Amudarya"], ["beruniy", "Beruniy", "Берунийский", "Beruni"],
      ["chimboy", "Chimboy", "Чимбайский", "Chimbay"], ["ellikqala", "Ellikqalʼa", "Элликкалинский", "Ellikkala"],
      ["kegeyli", "Kegeyli", "Кегейлийский", "Kegeyli"], ["moynoq", "Moʻynoq", "Муйнакский", "Muynak"],
      ["nukus", "Nukus", "Нукусский", "Nukus"], ["qanlikol", "Qanlikoʻl", "Канлыкульский", "Kanlikul"],
      ["qongirot", "Qoʻngʻirot", "Кунградский", "Kungrad"], ["qoraozak", "Qoraoʻzak", "Караузякский", "Karauzyak"],
      ["shumanay", "Shumanay", "Шуманайский", "Shumanay"], ["taxtakopir", "Taxtakoʻpir", "Тахтакупырский", "Takhtakupyr"],
      ["tortkol", "Toʻrtkoʻl", "Турткульский", "Turtkul"], ["xojayli", "Xoʻjayli", "Ходжейлийский", "Khojeyli"],
      ["bozatov", "Boʻzatov", "Бозатауский", "Bozatau"],
    ],
  },
  {
    code: "UZ-AN", uz: "Andijon viloyati", ru: "Андижанская область", en: "Andijan Region", areaCode: "74",
    cities: [["andijon", "Andijon", "Андижан", "Andijan"], ["xonobod", "Xonobod", "Ханабад", "Khanabad"]],
    tumans: [
      ["andijon", "Andijon", "Андижанский", "Andijan"], ["asaka", "Asaka", "Асакинский", "Asaka"],
      ["baliqchi", "Baliqchi", "Балыкчинский", "Baliqchi"], ["boston", "Boʻston", "Бустанский", "Bustan"],
      ["buloqboshi", "Buloqboshi", "Булакбашинский", "Bulakbashi"], ["izboskan", "Izboskan", "Избасканский", "Izboskan"],
      ["jalaquduq", "Jalaquduq", "Джалакудукский", "Jalakuduk"], ["xojaobod", "Xoʻjaobod", "Ходжаабадский", "Khojaabad"],
      ["qorgontepa", "Qoʻrgʻontepa", "Кургантепинский", "Kurgantepa"], ["marhamat", "Marhamat", "Мархаматский", "Markhamat"],
      ["oltinkol", "Oltinkoʻl", "Алтынкульский", "Altynkul"], ["paxtaobod", "Paxtaobod", "Пахтаабадский", "Pakhtaabad"],
      ["shahrixon", "Shahrixon", "Шахриханский", "Shakhrikhan"], ["ulugnor", "Ulugʻnor", "Улугнорский", "Ulugnor"],
    ],
  },
  {
    code: "UZ-BU", uz: "Buxoro viloyati", ru: "Бухарская область", en: "Bukhara Region", areaCode: "65",
    cities: [["buxoro", "Buxoro", "Бухара", "Bukhara"], ["kogon", "Kogon", "Каган", "Kagan"]],
    tumans: [
      ["olot", "Olot", "Алатский", "Olot"], ["buxoro", "Buxoro", "Бухарский", "Bukhara"],
      ["gijduvon", "Gʻijduvon", "Гиждуванский", "Gijduvan"], ["jondor", "Jondor", "Жондорский", "Jondor"],
      ["kogon", "Kogon", "Каганский", "Kagan"], ["qorakol", "Qorakoʻl", "Каракульский", "Karakul"],
      ["qorovulbozor", "Qorovulbozor", "Караулбазарский", "Karaulbazar"], ["peshku", "Peshku", "Пешкунский", "Peshku"],
      ["romitan", "Romitan", "Ромитанский", "Romitan"], ["shofirkon", "Shofirkon", "Шафирканский", "Shafirkan"],
      ["vobkent", "Vobkent", "Вабкентский", "Vabkent"],
    ],
  },
  {
    code: "UZ-FA", uz: "Fargʻona viloyati", ru: "Ферганская область", en: "Fergana Region", areaCode: "73",
    cities: [
      ["fargona", "Fargʻona", "Фергана", "Fergana"], ["margilon", "Margʻilon", "Маргилан", "Margilan"],
      ["qoqon", "Qoʻqon", "Коканд", "Kokand"], ["quvasoy", "Quvasoy", "Кувасай", "Kuvasay"],
    ],
    tumans: [
      ["oltiariq", "Oltiariq", "Алтыарыкский", "Altiarik"], ["bagdod", "Bagʻdod", "Багдадский", "Bagdad"],
      ["beshariq", "Beshariq", "Бешарыкский", "Besharik"], ["buvayda", "Buvayda", "Бувайдинский", "Buvayda"],
      ["dangara", "Dangʻara", "Дангаринский", "Dangara"], ["fargona", "Fargʻona", "Ферганский", "Fergana"],
      ["furqat", "Furqat", "Фуркатский", "Furkat"], ["qoshtepa", "Qoʻshtepa", "Куштепинский", "Kushtepa"],
      ["quva", "Quva", "Кувинский", "Kuva"], ["rishton", "Rishton", "Риштанский", "Rishtan"],
      ["sox", "Soʻx", "Сохский", "Sokh"], ["toshloq", "Toshloq", "Ташлакский", "Tashlak"],
      ["uchkoprik", "Uchkoʻprik", "Учкуприкский", "Uchkuprik"], ["ozbekiston", "Oʻzbekiston", "Узбекистанский", "Uzbekistan"],
      ["yozyovon", "Yozyovon", "Язъяванский", "Yazyavan"],
    ],
  },
  {
    code: "UZ-JI", uz: "Jizzax viloyati", ru: "Джизакская область", en: "Jizzakh Region", areaCode: "72",
    cities: [["jizzax", "Jizzax", "Джизак", "Jizzakh"]],
    tumans: [
      ["arnasoy", "Arnasoy", "Арнасайский", "Arnasay"], ["baxmal", "Baxmal", "Бахмальский", "Bakhmal"],
      ["dostlik", "Doʻstlik", "Дустликский", "Dustlik"], ["forish", "Forish", "Фаришский", "Farish"],
      ["gallaorol", "Gʻallaorol", "Галляаральский", "Gallaaral"], ["sharof-rashidov", "Sharof Rashidov", "Шароф-Рашидовский", "Sharof Rashidov"],
      ["mirzachol", "Mirzachoʻl", "Мирзачульский", "Mirzachul"], ["paxtakor", "Paxtakor", "Пахтакорский", "Pakhtakor"],
      ["yangiobod", "Yangiobod", "Янгиабадский", "Yangiabad"], ["zomin", "Zomin", "Зааминский", "Zaamin"],
      ["zafarobod", "Zafarobod", "Зафарабадский", "Zafarabad"], ["zarbdor", "Zarbdor", "Зарбдарский", "Zarbdar"],
    ],
  },
  {
    code: "UZ-XO", uz: "Xorazm viloyati", ru: "Хорезмская область", en: "Khorezm Region", areaCode: "62",
    cities: [["urganch", "Urganch", "Ургенч", "Urgench"], ["xiva", "Xiva", "Хива", "Khiva"]],
    tumans: [
      ["bogot", "Bogʻot", "Багатский", "Bagat"], ["gurlan", "Gurlan", "Гурленский", "Gurlan"],
      ["xonqa", "Xonqa", "Ханкинский", "Khanka"], ["hazorasp", "Hazorasp", "Хазараспский", "Khazarasp"],
      ["xiva", "Xiva", "Хивинский", "Khiva"], ["qoshkopir", "Qoʻshkoʻpir", "Кошкупырский", "Koshkupir"],
      ["shovot", "Shovot", "Шаватский", "Shavat"], ["urganch", "Urganch", "Ургенчский", "Urgench"],
      ["yangiariq", "Yangiariq", "Янгиарыкский", "Yangiarik"], ["yangibozor", "Yangibozor", "Янгибазарский", "Yangibazar"],
      ["tuproqqala", "Tuproqqalʼa", "Тупроккалинский", "Tuprakkala"],
    ],
  },
  {
    code: "UZ-NG", uz: "Namangan viloyati", ru: "Наманганская область", en: "Namangan Region", areaCode: "69",
    cities: [["namangan", "Namangan", "Наманган", "Namangan"]],
    tumans: [
      ["chortoq", "Chortoq", "Чартакский", "Chartak"], ["chust", "Chust", "Чустский", "Chust"],
      ["kosonsoy", "Kosonsoy", "Касансайский", "Kasansay"], ["mingbuloq", "Mingbuloq", "Мингбулакский", "Mingbulak"],
      ["namangan", "Namangan", "Наманганский", "Namangan"], ["norin", "Norin", "Нарынский", "Naryn"],
      ["pop", "Pop", "Папский", "Pap"], ["toraqorgon", "Toʻraqoʻrgʻon", "Туракурганский", "Turakurgan"],
      ["uchqorgon", "Uchqoʻrgʻon", "Учкурганский", "Uchkurgan"], ["uychi", "Uychi", "Уйчинский", "Uychi"],
      ["yangiqorgon", "Yangiqoʻrgʻon", "Янгикурганский", "Yangikurgan"],
    ],
  },
  {
    code: "UZ-NW", uz: "Navoiy viloyati", ru: "Навоийская область", en: "Navoi Region", areaCode: "79",
    cities: [["navoiy", "Navoiy", "Навои", "Navoi"], ["zarafshon", "Zarafshon", "Зарафшан", "Zarafshan"]],
    tumans: [
      ["karmana", "Karmana", "Карманинский", "Karmana"], ["konimex", "Konimex", "Канимехский", "Konimekh"],
      ["navbahor", "Navbahor", "Навбахорский", "Navbahor"], ["nurota", "Nurota", "Нуратинский", "Nurata"],
      ["qiziltepa", "Qiziltepa", "Кызылтепинский", "Kyziltepa"], ["tomdi", "Tomdi", "Тамдынский", "Tamdy"],
      ["uchquduq", "Uchquduq", "Учкудукский", "Uchkuduk"], ["xatirchi", "Xatirchi", "Хатырчинский", "Khatyrchi"],
    ],
  },
  {
    code: "UZ-QA", uz: "Qashqadaryo viloyati", ru: "Кашкадарьинская область", en: "Kashkadarya Region", areaCode: "75",
    cities: [["qarshi", "Qarshi", "Карши", "Karshi"], ["shahrisabz", "Shahrisabz", "Шахрисабз", "Shakhrisabz"]],
    tumans: [
      ["chiroqchi", "Chiroqchi", "Чиракчинский", "Chirakchi"], ["dehqonobod", "Dehqonobod", "Дехканабадский", "Dehkanabad"],
      ["guzor", "Gʻuzor", "Гузарский", "Guzar"], ["qamashi", "Qamashi", "Камашинский", "Kamashi"],
      ["qarshi", "Qarshi", "Каршинский", "Karshi"], ["kasbi", "Kasbi", "Касбийский", "Kasbi"],
      ["kitob", "Kitob", "Китабский", "Kitab"], ["koson", "Koson", "Касанский", "Kasan"],
      ["kokdala", "Koʻkdala", "Кукдалинский", "Kukdala"], ["mirishkor", "Mirishkor", "Миришкорский", "Mirishkor"],
      ["muborak", "Muborak", "Мубарекский", "Mubarek"], ["nishon", "Nishon", "Нишанский", "Nishan"],
      ["shahrisabz", "Shahrisabz", "Шахрисабзский", "Shakhrisabz"], ["yakkabog", "Yakkabogʻ", "Яккабагский", "Yakkabag"],
    ],
  },
  {
    code: "UZ-SA", uz: "Samarqand viloyati", ru: "Самаркандская область", en: "Samarkand Region", areaCode: "66",
    cities: [["samarqand", "Samarqand", "Самарканд", "Samarkand"], ["kattaqorgon", "Kattaqoʻrgʻon", "Каттакурган", "Kattakurgan"]],
    tumans: [
      ["bulungur", "Bulungʻur", "Булунгурский", "Bulungur"], ["ishtixon", "Ishtixon", "Иштыханский", "Ishtikhan"],
      ["jomboy", "Jomboy", "Джамбайский", "Jambay"], ["kattaqorgon", "Kattaqoʻrgʻon", "Каттакурганский", "Kattakurgan"],
      ["qoshrabot", "Qoʻshrabot", "Кошрабадский", "Koshrabad"], ["narpay", "Narpay", "Нарпайский", "Narpay"],
      ["nurobod", "Nurobod", "Нурабадский", "Nurabad"], ["oqdaryo", "Oqdaryo", "Акдарьинский", "Akdarya"],
      ["paxtachi", "Paxtachi", "Пахтачийский", "Pakhtachi"], ["payariq", "Payariq", "Пайарыкский", "Payarik"],
      ["pastdargom", "Pastdargʻom", "Пастдаргомский", "Pastdargom"], ["samarqand", "Samarqand", "Самаркандский", "Samarkand"],
      ["toyloq", "Toyloq", "Тайлякский", "Taylak"], ["urgut", "Urgut", "Ургутский", "Urgut"],
    ],
  },
  {
    code: "UZ-SI", uz: "Sirdaryo viloyati", ru: "Сырдарьинская область", en: "Syrdarya Region", areaCode: "67",
    cities: [["guliston", "Guliston", "Гулистан", "Gulistan"], ["shirin", "Shirin", "Ширин", "Shirin"], ["yangiyer", "Yangiyer", "Янгиер", "Yangiyer"]],
    tumans: [
      ["oqoltin", "Oqoltin", "Акалтынский", "Akaltyn"], ["boyovut", "Boyovut", "Баяутский", "Bayaut"],
      ["guliston", "Guliston", "Гулистанский", "Gulistan"], ["xovos", "Xovos", "Хавастский", "Khavast"],
      ["mirzaobod", "Mirzaobod", "Мирзаабадский", "Mirzaabad"], ["sayxunobod", "Sayxunobod", "Сайхунабадский", "Saykhunabad"],
      ["sardoba", "Sardoba", "Сардобинский", "Sardoba"], ["sirdaryo", "Sirdaryo", "Сырдарьинский", "Syrdarya"],
    ],
  },
  {
    code: "UZ-SU", uz: "Surxondaryo viloyati", ru: "Сурхандарьинская область", en: "Surkhandarya Region", areaCode: "76",
    cities: [["termiz", "Termiz", "Термез", "Termez"]],
    tumans: [
      ["angor", "Angor", "Ангорский", "Angor"], ["bandixon", "Bandixon", "Бандиханский", "Bandikhan"],
      ["boysun", "Boysun", "Байсунский", "Baysun"], ["denov", "Denov", "Денауский", "Denau"],
      ["jarqorgon", "Jarqoʻrgʻon", "Джаркурганский", "Jarkurgan"], ["qiziriq", "Qiziriq", "Кизирикский", "Kizirik"],
      ["qumqorgon", "Qumqoʻrgʻon", "Кумкурганский", "Kumkurgan"], ["muzrabot", "Muzrabot", "Музрабадский", "Muzrabad"],
      ["oltinsoy", "Oltinsoy", "Алтынсайский", "Altynsay"], ["sariosiyo", "Sariosiyo", "Сариасийский", "Sariasiya"],
      ["sherobod", "Sherobod", "Шерабадский", "Sherabad"], ["shorchi", "Shoʻrchi", "Шурчинский", "Shurchi"],
      ["termiz", "Termiz", "Термезский", "Termez"], ["uzun", "Uzun", "Узунский", "Uzun"],
    ],
  },
  {
    code: "UZ-TO", uz: "Toshkent viloyati", ru: "Ташкентская область", en: "Tashkent Region", areaCode: "70",
    cities: [
      ["nurafshon", "Nurafshon", "Нурафшан", "Nurafshan"], ["angren", "Angren", "Ангрен", "Angren"],
      ["olmaliq", "Olmaliq", "Алмалык", "Almalyk"], ["bekobod", "Bekobod", "Бекабад", "Bekabad"],
      ["chirchiq", "Chirchiq", "Чирчик", "Chirchik"], ["ohangaron", "Ohangaron", "Ахангаран", "Akhangaran"],
      ["yangiyol", "Yangiyoʻl", "Янгиюль", "Yangiyul"],
    ],
    tumans: [
      ["bekobod", "Bekobod", "Бекабадский", "Bekabad"], ["bostonliq", "Boʻstonliq", "Бостанлыкский", "Bostanlyk"],
      ["boka", "Boʻka", "Букинский", "Buka"], ["chinoz", "Chinoz", "Чиназский", "Chinaz"],
      ["qibray", "Qibray", "Кибрайский", "Kibray"], ["ohangaron", "Ohangaron", "Ахангаранский", "Akhangaran"],
      ["oqqorgon", "Oqqoʻrgʻon", "Аккурганский", "Akkurgan"], ["parkent", "Parkent", "Паркентский", "Parkent"],
      ["piskent", "Piskent", "Пскентский", "Piskent"], ["quyichirchiq", "Quyichirchiq", "Куйичирчикский", "Kuyichirchik"],
      ["ortachirchiq", "Oʻrtachirchiq", "Уртачирчикский", "Urtachirchik"], ["yangiyol", "Yangiyoʻl", "Янгиюльский", "Yangiyul"],
      ["yuqorichirchiq", "Yuqorichirchiq", "Юкоричирчикский", "Yukorichirchik"], ["zangiota", "Zangiota", "Зангиатинский", "Zangiata"],
      ["toshkent", "Toshkent", "Ташкентский", "Tashkent"],
    ],
  },
  {
    code: "UZ-TK", uz: "Toshkent shahri", ru: "город Ташкент", en: "Tashkent City", areaCode: "71",
    cities: [],
    tumans: [
      ["bektemir", "Bektemir", "Бектемирский", "Bektemir"], ["chilonzor", "Chilonzor", "Чиланзарский", "Chilanzar"],
      ["mirobod", "Mirobod", "Мирабадский", "Mirabad"], ["mirzo-ulugbek", "Mirzo Ulugʻbek", "Мирзо-Улугбекский", "Mirzo Ulugbek"],
      ["olmazor", "Olmazor", "Алмазарский", "Almazar"], ["sergeli", "Sergeli", "Сергелийский", "Sergeli"],
      ["shayxontohur", "Shayxontohur", "Шайхантахурский", "Shaykhantakhur"], ["uchtepa", "Uchtepa", "Учтепинский", "Uchtepa"],
      ["yakkasaroy", "Yakkasaroy", "Яккасарайский", "Yakkasaray"], ["yashnobod", "Yashnobod", "Яшнабадский", "Yashnabad"],
      ["yunusobod", "Yunusobod", "Юнусабадский", "Yunusabad"], ["yangihayot", "Yangihayot", "Янгихаётский", "Yangihayot"],
    ],
  },
];
