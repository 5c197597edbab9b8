import type { ArtMotif } from "~/modules/media/pattern-art.server";
import type { Words } from "../words";

// Building blocks of listing titles and descriptions, per craft. A listing is item × motif ×
// colour × size (../generate/catalog.ts). Motifs are written so they fit every item of the
// craft: uz as an attribute before the noun ("anor naqshli"), ru and en as a phrase after it.
// Prices are in soʻm as artisans in Uzbekistan ask them (2025–2026), small size to large.

export type RuGender = "m" | "f" | "n" | "p";
export type ItemSeed = {
  name: Words;
  ruGender: RuGender;
  /** Small, medium, large; units as {cm}, {m}, {l}. */
  sizes: readonly [string, string, string];
  /** Whether "small"/"large" read naturally in the title (not for caps or rings). */
  sizeWords: boolean;
  priceSom: readonly [number, number];
  grams: readonly [number, number];
};
export type CraftTemplates = {
  items: readonly ItemSeed[];
  motifs: readonly Words[];
  materials: readonly Words[];
  technique: Words;
};

const w = (uz: string, ru: string, en: string): Words => ({ uz, ru, en });
const item = (
  name: Words,
  ruGender: RuGender,
  sizes: ItemSeed["sizes"],
  priceSom: ItemSeed["priceSom"],
  grams: ItemSeed["grams"],
  sizeWords = true,
): ItemSeed => ({ name, ruGender, sizes, priceSom, grams, sizeWords });

const POMEGRANATES = w("anor naqshli", "с гранатами", "with pomegranates");
const ISLIMI = w("islimiy naqshli", "с растительным орнаментом ислими", "with an islimi floral ornament");
const PEPPER = w("qalampir naqshli", "с узором «калампир»", "with the pepper motif");
const ALMONDS = w("bodom naqshli", "с миндалём", "with almond motifs");
const STARS = w("yulduz naqshli", "со звёздами", "with stars");
const GEOMETRIC = w("geometrik naqshli", "с геометрическим узором", "with a geometric pattern");
const NATURAL_DYES = w("tabiiy boʻyoqlar", "натуральные красители", "natural dyes");
const SILK_THREAD = w("ipak ip", "шёлковая нить", "silk thread");
const COTTON_CLOTH = w("paxta mato", "хлопковая ткань", "cotton cloth");
const CUSHION = w("yostiq jildi", "чехол для подушки", "cushion cover");

export const LISTING_TEMPLATES: Record<ArtMotif, CraftTemplates> = {
  pottery: {
    items: [
      item(
        w("lagan", "ляган", "platter"),
        "m",
        ["Ø 32 {cm}", "Ø 38 {cm}", "Ø 45 {cm}"],
        [250_000, 1_500_000],
        [1200, 3500],
      ),
      item(w("kosa", "чаша", "bowl"), "f", ["Ø 12 {cm}", "Ø 16 {cm}", "Ø 20 {cm}"], [60_000, 250_000], [250, 700]),
      item(w("choynak", "чайник", "teapot"), "m", ["0,7 {l}", "1 {l}", "1,5 {l}"], [150_000, 600_000], [600, 1200]),
      item(w("tovoq", "тарелка", "plate"), "f", ["Ø 20 {cm}", "Ø 24 {cm}", "Ø 28 {cm}"], [80_000, 350_000], [400, 900]),
      item(w("koʻza", "кувшин", "jug"), "m", ["1 {l}", "2 {l}", "3 {l}"], [200_000, 900_000], [900, 2500]),
    ],
    motifs: [POMEGRANATES, ISLIMI, PEPPER, w("baliq naqshli", "с рыбками", "with fish"), STARS, ALMONDS],
    materials: [
      w("qizil loy", "красная глина", "red clay"),
      w("ishqor sir", "щелочная глазурь", "alkaline glaze"),
      NATURAL_DYES,
    ],
    technique: w(
      "Charxda qoʻlda shakllantirilgan, naqshi moʻyqalam bilan chizilgan va xumdonda ikki marta pishirilgan.",
      "Сформовано вручную на гончарном круге, расписано кистью и дважды обожжено в печи.",
      "Thrown by hand on the wheel, painted with a brush and fired twice in a kiln.",
    ),
  },
  "gold-embroidery": {
    items: [
      item(
        w("hamyon", "кошелёк", "purse"),
        "m",
        ["10 × 8 {cm}", "14 × 10 {cm}", "18 × 12 {cm}"],
        [150_000, 600_000],
        [60, 150],
      ),
      item(CUSHION, "m", ["40 × 40 {cm}", "50 × 50 {cm}", "60 × 60 {cm}"], [400_000, 1_800_000], [250, 500]),
      item(
        w("kamar", "пояс", "belt"),
        "m",
        ["85 {cm}", "95 {cm}", "105 {cm}"],
        [300_000, 1_200_000],
        [150, 300],
        false,
      ),
      item(
        w("devoriy panno", "настенное панно", "wall panel"),
        "n",
        ["50 × 70 {cm}", "70 × 100 {cm}", "100 × 140 {cm}"],
        [1_500_000, 8_000_000],
        [600, 2000],
      ),
      item(
        w("kosmetichka", "косметичка", "cosmetic bag"),
        "f",
        ["16 × 10 {cm}", "20 × 13 {cm}", "24 × 16 {cm}"],
        [200_000, 700_000],
        [80, 200],
      ),
    ],
    motifs: [
      w("buta naqshli", "с узором «бута»", "with buta paisleys"),
      w("gul naqshli", "с цветочным узором", "with flowers"),
      POMEGRANATES,
      w("tovus naqshli", "с павлинами", "with peacocks"),
      STARS,
    ],
    materials: [
      w("baxmal", "бархат", "velvet"),
      w("zar ip", "золотая нить", "gold thread"),
      w("ipak astar", "шёлковая подкладка", "silk lining"),
    ],
    technique: w(
      "Buxoro zardoʻzlik uslubida zar ip bilan qoʻlda tikilgan.",
      "Вышито вручную золотой нитью в бухарской технике зардози.",
      "Hand-embroidered with gold thread in the Bukhara zardozi technique.",
    ),
  },
  suzani: {
    items: [
      item(
        w("suzani", "сюзане", "suzani"),
        "n",
        ["120 × 90 {cm}", "180 × 140 {cm}", "250 × 200 {cm}"],
        [1_500_000, 15_000_000],
        [700, 3000],
      ),
      item(CUSHION, "m", ["40 × 40 {cm}", "50 × 50 {cm}", "60 × 60 {cm}"], [300_000, 1_200_000], [200, 450]),
      item(
        w("dasturxon", "скатерть", "tablecloth"),
        "f",
        ["100 × 100 {cm}", "140 × 140 {cm}", "180 × 140 {cm}"],
        [800_000, 4_000_000],
        [400, 1200],
      ),
      item(
        w("ruijo", "покрывало", "bedspread"),
        "n",
        ["150 × 200 {cm}", "200 × 220 {cm}", "230 × 250 {cm}"],
        [2_000_000, 12_000_000],
        [1500, 3500],
      ),
    ],
    motifs: [
      POMEGRANATES,
      w("lola naqshli", "с тюльпанами", "with tulips"),
      w("oy naqshli", "с лунными медальонами", "with moon medallions"),
      ALMONDS,
      ISLIMI,
      PEPPER,
    ],
    materials: [COTTON_CLOTH, SILK_THREAD, NATURAL_DYES],
    technique: w(
      "Har bir gul qoʻlda, yurma va basma choklari bilan tikilgan.",
      "Каждый цветок вышит вручную швами юрма и басма.",
      "Every flower is stitched by hand in yurma and basma stitches.",
    ),
  },
  doppi: {
    items: [
      item(
        w("Chust doʻppisi", "чустская тюбетейка", "Chust doʻppi"),
        "f",
        ["55 {cm}", "57 {cm}", "59 {cm}"],
        [120_000, 400_000],
        [90, 140],
        false,
      ),
      item(
        w("bolalar doʻppisi", "детская тюбетейка", "children’s doʻppi"),
        "f",
        ["48 {cm}", "50 {cm}", "52 {cm}"],
        [80_000, 200_000],
        [60, 90],
        false,
      ),
      item(
        w("ayollar doʻppisi", "женская тюбетейка", "women’s doʻppi"),
        "f",
        ["54 {cm}", "55 {cm}", "56 {cm}"],
        [100_000, 350_000],
        [70, 120],
        false,
      ),
      item(
        w("zardoʻzi doʻppi", "тюбетейка с золотым шитьём", "gold-embroidered doʻppi"),
        "f",
        ["54 {cm}", "56 {cm}", "58 {cm}"],
        [200_000, 400_000],
        [90, 150],
        false,
      ),
    ],
    motifs: [PEPPER, ALMONDS, w("gul naqshli", "с цветочным узором", "with flowers"), STARS],
    materials: [w("baxmal", "бархат", "velvet"), SILK_THREAD, w("paxta astar", "хлопковая подкладка", "cotton lining")],
    technique: w(
      "Toʻrt qirrali, qoʻlda qavima qilib tikilgan, shaklini yaxshi saqlaydi.",
      "Четырёхгранная, простёгана вручную и хорошо держит форму.",
      "Four-sided and quilted by hand, so it keeps its shape.",
    ),
  },
  carpets: {
    items: [
      item(
        w("gilam", "ковёр", "carpet"),
        "m",
        ["100 × 150 {cm}", "150 × 230 {cm}", "200 × 300 {cm}"],
        [3_000_000, 30_000_000],
        [3000, 12000],
      ),
      item(
        w("poyandoz", "ковровая дорожка", "runner"),
        "f",
        ["70 × 200 {cm}", "80 × 300 {cm}", "90 × 400 {cm}"],
        [2_000_000, 10_000_000],
        [2000, 6000],
      ),
      item(
        w("gilamcha", "коврик", "rug"),
        "m",
        ["50 × 80 {cm}", "60 × 90 {cm}", "80 × 120 {cm}"],
        [2_000_000, 6_000_000],
        [800, 2000],
        false,
      ),
    ],
    motifs: [
      w("gul naqshli", "с гёлями", "with guls"),
      w("Xiva naqshli", "с хивинским орнаментом", "with a Khiva ornament"),
      POMEGRANATES,
      w("hayot daraxti naqshli", "с древом жизни", "with a tree of life"),
      GEOMETRIC,
    ],
    materials: [
      w("jun", "шерсть", "wool"),
      w("ipak", "шёлк", "silk"),
      NATURAL_DYES,
      w("paxta tanda", "хлопковая основа", "cotton warp"),
    ],
    technique: w(
      "Dastgohda qoʻlda toʻqilgan: har kvadrat metrida yuz minglab tugun.",
      "Соткан вручную на станке: сотни тысяч узелков на квадратный метр.",
      "Hand-knotted on the loom, with hundreds of thousands of knots per square metre.",
    ),
  },
  "wood-carving": {
    items: [
      item(
        w("quti", "шкатулка", "box"),
        "f",
        ["15 × 10 × 7 {cm}", "20 × 14 × 9 {cm}", "28 × 18 × 11 {cm}"],
        [250_000, 1_500_000],
        [300, 1200],
      ),
      item(
        w("lavh", "подставка для книг (лаух)", "book stand (lavh)"),
        "f",
        ["30 {cm}", "40 {cm}", "50 {cm}"],
        [300_000, 1_200_000],
        [400, 1100],
        false,
      ),
      item(
        w("xontaxta", "столик-хонтахта", "low table (khontakhta)"),
        "m",
        ["60 × 60 {cm}", "80 × 80 {cm}", "100 × 100 {cm}"],
        [3_000_000, 12_000_000],
        [8000, 20000],
      ),
      item(
        w("oshxona taxtasi", "разделочная доска", "chopping board"),
        "f",
        ["30 × 20 {cm}", "40 × 25 {cm}", "50 × 30 {cm}"],
        [120_000, 400_000],
        [500, 1500],
      ),
      item(
        w("oʻymakor panno", "резное панно", "carved panel"),
        "n",
        ["30 × 40 {cm}", "50 × 70 {cm}", "70 × 100 {cm}"],
        [1_000_000, 6_000_000],
        [1500, 6000],
      ),
    ],
    motifs: [
      ISLIMI,
      w("girih naqshli", "с гирихом", "with girih stars"),
      w("Xiva uslubidagi", "в хивинском стиле", "in the Khiva style"),
      STARS,
    ],
    materials: [
      w("yongʻoq yogʻochi", "орех", "walnut wood"),
      w("chinor yogʻochi", "чинара", "plane-tree wood"),
      w("oʻrik yogʻochi", "абрикос", "apricot wood"),
      w("tabiiy moy", "натуральное масло", "natural oil"),
    ],
    technique: w(
      "Iskana va keski bilan qoʻlda oʻyilgan, tabiiy moy bilan qoplangan.",
      "Вырезано вручную стамесками и покрыто натуральным маслом.",
      "Carved by hand with chisels and finished with natural oil.",
    ),
  },
  jewellery: {
    items: [
      item(
        w("zirak", "серьги", "earrings"),
        "p",
        ["3 {cm}", "4,5 {cm}", "6 {cm}"],
        [150_000, 1_200_000],
        [6, 20],
        false,
      ),
      item(
        w("bilaguzuk", "браслет", "bracelet"),
        "m",
        ["16 {cm}", "18 {cm}", "20 {cm}"],
        [200_000, 1_500_000],
        [15, 60],
        false,
      ),
      item(
        w("marjon", "ожерелье", "necklace"),
        "n",
        ["40 {cm}", "45 {cm}", "50 {cm}"],
        [300_000, 3_000_000],
        [25, 90],
        false,
      ),
      item(w("uzuk", "кольцо", "ring"), "n", ["17", "18", "19"], [150_000, 1_000_000], [4, 12], false),
      item(
        w("tumor", "подвеска-тумар", "tumar pendant"),
        "f",
        ["3 {cm}", "4 {cm}", "5 {cm}"],
        [200_000, 1_000_000],
        [8, 25],
        false,
      ),
    ],
    // The stones are in the colour scheme's name and materials, so motifs name only the form.
    motifs: [
      w("filigranli", "с филигранью", "with filigree"),
      w("donador bezakli", "с зернью", "with granulation"),
      w("bodom shaklidagi", "в форме миндаля", "in an almond shape"),
      w("qalampir shaklidagi", "в форме калампира", "in the shape of a pepper"),
    ],
    materials: [w("kumush 925", "серебро 925", "925 silver")],
    technique: w(
      "Kumushdan qoʻlda yasalgan, filigran va donador bezak bilan ishlangan.",
      "Сделано вручную из серебра, с филигранью и зернью.",
      "Handmade in silver, with filigree and granulation.",
    ),
  },
  leather: {
    items: [
      item(
        w("sumka", "сумка", "bag"),
        "f",
        ["24 × 18 {cm}", "30 × 22 {cm}", "36 × 28 {cm}"],
        [300_000, 1_800_000],
        [400, 900],
      ),
      item(
        w("hamyon", "кошелёк", "wallet"),
        "m",
        ["10 × 8 {cm}", "11 × 9 {cm}", "19 × 10 {cm}"],
        [120_000, 450_000],
        [60, 150],
        false,
      ),
      item(
        w("kamar", "ремень", "belt"),
        "m",
        ["95 {cm}", "105 {cm}", "115 {cm}"],
        [150_000, 500_000],
        [150, 250],
        false,
      ),
      item(
        w("pichoq qini", "ножны", "knife sheath"),
        "p",
        ["18 {cm}", "22 {cm}", "26 {cm}"],
        [100_000, 350_000],
        [60, 120],
        false,
      ),
      item(
        w("bloknot muqovasi", "обложка для блокнота", "notebook cover"),
        "f",
        ["A6", "A5", "A4"],
        [120_000, 400_000],
        [100, 300],
        false,
      ),
    ],
    motifs: [w("boʻrtma gul naqshli", "с тиснёными цветами", "with embossed flowers"), ISLIMI, PEPPER, GEOMETRIC],
    materials: [
      w("tabiiy teri", "натуральная кожа", "genuine leather"),
      w("mumlangan ip", "вощёная нить", "waxed thread"),
      w("latun toʻqa", "латунная фурнитура", "brass fittings"),
    ],
    technique: w(
      "Har bir chok mumlangan ip bilan qoʻlda tikilgan, chetlari qoʻlda silliqlangan.",
      "Каждый шов прошит вручную вощёной нитью, края отполированы вручную.",
      "Every seam is saddle-stitched by hand with waxed thread and the edges are burnished by hand.",
    ),
  },
  dolls: {
    items: [
      item(w("qoʻgʻirchoq", "кукла", "doll"), "f", ["25 {cm}", "35 {cm}", "45 {cm}"], [150_000, 900_000], [150, 500]),
      item(
        w("Buxoro qoʻgʻirchogʻi", "бухарская марионетка", "Bukhara marionette"),
        "f",
        ["30 {cm}", "40 {cm}", "55 {cm}"],
        [300_000, 1_500_000],
        [250, 700],
        false,
      ),
      item(
        w("kelinchak qoʻgʻirchogʻi", "кукла-невеста", "bride doll"),
        "f",
        ["30 {cm}", "40 {cm}", "50 {cm}"],
        [250_000, 1_200_000],
        [200, 600],
        false,
      ),
      item(
        w("latta qoʻgʻirchoq", "тряпичная кукла", "rag doll"),
        "f",
        ["20 {cm}", "30 {cm}", "40 {cm}"],
        [80_000, 250_000],
        [80, 250],
      ),
    ],
    motifs: [
      w("atlas koʻylakli", "в атласном платье", "in an atlas dress"),
      w("doʻppili", "в тюбетейке", "in a doʻppi"),
      w("zardoʻzi kamzulli", "в расшитом золотом камзоле", "in a gold-embroidered waistcoat"),
      w("milliy libosdagi", "в национальном костюме", "in national dress"),
    ],
    materials: [
      COTTON_CLOTH,
      w("atlas", "атлас", "atlas silk"),
      w("papye-mashe", "папье-маше", "papier-mâché"),
      w("jun ip", "шерстяная пряжа", "wool yarn"),
    ],
    technique: w(
      "Yuzi qoʻlda chizilgan, liboslari qoʻlda tikilgan.",
      "Лицо расписано вручную, наряд сшит вручную.",
      "The face is hand-painted and the clothes are hand-sewn.",
    ),
  },
  weaving: {
    items: [
      item(
        w("atlas mato", "отрез атласа", "length of atlas silk"),
        "m",
        ["2 {m}", "3 {m}", "4 {m}"],
        [400_000, 2_500_000],
        [200, 500],
        false,
      ),
      item(
        w("adras mato", "отрез адраса", "length of adras"),
        "m",
        ["2 {m}", "3 {m}", "4 {m}"],
        [300_000, 1_800_000],
        [250, 600],
        false,
      ),
      item(
        w("roʻmol", "платок", "scarf"),
        "m",
        ["70 × 70 {cm}", "90 × 90 {cm}", "180 × 50 {cm}"],
        [200_000, 900_000],
        [60, 150],
      ),
      item(CUSHION, "m", ["40 × 40 {cm}", "50 × 50 {cm}", "60 × 60 {cm}"], [150_000, 500_000], [150, 350]),
      item(w("chopon", "чапан", "chapan robe"), "m", ["S", "M", "L"], [1_200_000, 5_000_000], [800, 1500], false),
    ],
    motifs: [
      w("abrbandi naqshli", "с узором икат", "with an ikat pattern"),
      w("qoʻchqor shoxi naqshli", "с узором «рога барана»", "with a ram’s horn motif"),
      w("taroq naqshli", "с узором «гребень»", "with a comb pattern"),
      w("olov naqshli", "с узором «пламя»", "with a flame pattern"),
      POMEGRANATES,
    ],
    materials: [w("ipak", "шёлк", "silk"), w("paxta", "хлопок", "cotton"), NATURAL_DYES],
    technique: w(
      "Iplari toʻqishdan oldin abrband usulida bogʻlab boʻyalgan, qoʻl dastgohida toʻqilgan.",
      "Нити перед тканьём окрашены перевязкой (абрбанди), ткань соткана на ручном станке.",
      "The threads are tie-dyed (abrband) before weaving, and the cloth is woven on a hand loom.",
    ),
  },
  miniature: {
    items: [
      item(
        w("miniatyura", "миниатюра", "miniature"),
        "f",
        ["15 × 20 {cm}", "20 × 30 {cm}", "30 × 40 {cm}"],
        [500_000, 5_000_000],
        [150, 600],
      ),
      item(
        w("lak quticha", "лаковая шкатулка", "lacquer box"),
        "f",
        ["10 × 7 {cm}", "14 × 10 {cm}", "18 × 12 {cm}"],
        [400_000, 2_500_000],
        [100, 300],
      ),
      item(
        w("qalamdon", "пенал-каламдон", "pen case (qalamdon)"),
        "m",
        ["20 {cm}", "24 {cm}", "28 {cm}"],
        [250_000, 1_200_000],
        [80, 200],
        false,
      ),
    ],
    motifs: [
      w("Samarqand manzarali", "с видом Самарканда", "with a view of Samarkand"),
      w("bogʻ manzarali", "с садом", "with a garden scene"),
      w("qushli", "с птицами", "with birds"),
      w("chavandozli", "со всадником", "with a horseman"),
      w("doston sahnali", "со сценой из дастана", "with a scene from a dastan epic"),
    ],
    materials: [
      w("papye-mashe", "папье-маше", "papier-mâché"),
      NATURAL_DYES,
      w("oltin varaq", "сусальное золото", "gold leaf"),
      w("lak", "лак", "lacquer"),
    ],
    technique: w(
      "Mayin moʻyqalam bilan qoʻlda chizilgan va bir necha qavat lak bilan qoplangan.",
      "Расписано вручную тончайшей кистью и покрыто несколькими слоями лака.",
      "Painted by hand with a very fine brush and finished with several coats of lacquer.",
    ),
  },
  basketry: {
    items: [
      item(
        w("savat", "корзина", "basket"),
        "f",
        ["Ø 25 {cm}", "Ø 35 {cm}", "Ø 45 {cm}"],
        [80_000, 450_000],
        [300, 900],
      ),
      item(
        w("non savat", "хлебница", "bread basket"),
        "f",
        ["Ø 22 {cm}", "Ø 28 {cm}", "Ø 34 {cm}"],
        [60_000, 250_000],
        [200, 500],
      ),
      item(
        w("qopqoqli savatcha", "плетёная шкатулка", "lidded basket box"),
        "f",
        ["15 × 15 {cm}", "20 × 20 {cm}", "25 × 25 {cm}"],
        [100_000, 400_000],
        [150, 400],
      ),
      item(
        w("patnis", "поднос", "tray"),
        "m",
        ["30 × 20 {cm}", "40 × 28 {cm}", "50 × 35 {cm}"],
        [90_000, 350_000],
        [250, 700],
      ),
    ],
    motifs: [
      w("yoʻl-yoʻl naqshli", "в полоску", "with stripes"),
      w("romb naqshli", "с ромбами", "with diamonds"),
      w("katak naqshli", "в клетку", "with a checked weave"),
    ],
    materials: [
      w("tol novdasi", "ивовая лоза", "willow"),
      w("qamish", "тростник", "reed"),
      w("makkajoʻxori poʻchogʻi", "листья кукурузы", "corn husk"),
      NATURAL_DYES,
    ],
    technique: w(
      "Tol novdalaridan qoʻlda toʻqilgan: mustahkam va yengil.",
      "Сплетено вручную из лозы: прочное и лёгкое.",
      "Woven by hand from willow: strong and light.",
    ),
  },
};

/** Size words for titles; Russian agrees with the noun's gender. Medium gets no word. */
export const SIZE_WORDS = {
  small: { uz: "kichik", en: "small", ru: { m: "маленький", f: "маленькая", n: "маленькое", p: "маленькие" } },
  large: { uz: "katta", en: "large", ru: { m: "большой", f: "большая", n: "большое", p: "большие" } },
} as const;

export const LISTING_CLOSINGS: readonly Words[] = [
  w(
    "Qoʻlda yasalgani uchun rasmdagidan biroz farq qilishi mumkin.",
    "Вещь сделана вручную, поэтому может немного отличаться от фото.",
    "Each piece is handmade, so it may differ slightly from the photo.",
  ),
  w("Sovgʻa uchun chiroyli qadoqlab beriladi.", "Упаковывается как подарок.", "Comes gift-wrapped."),
  w(
    "Buyurtmaga koʻra boshqa oʻlcham yoki rangda ham tayyorlanadi.",
    "На заказ можно сделать другой размер или цвет.",
    "Other sizes or colours can be made to order.",
  ),
  w(
    "Uzoq yillar xizmat qiladi; toʻgʻridan-toʻgʻri quyosh nuridan saqlang.",
    "Прослужит долгие годы; берегите от прямого солнца.",
    "Made to last for years; keep it out of direct sunlight.",
  ),
];
