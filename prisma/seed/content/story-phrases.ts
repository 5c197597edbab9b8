import type { ArtMotif } from "~/modules/media/pattern-art.server";
import type { Words } from "../words";

// Sentences the artisans' stories are assembled from (../generate/stories.ts). First person,
// about the craft and the skill; the stories never mention disability: the badge says that,
// and only with the artisan's consent. Russian avoids first-person past tense, which would
// need the speaker's gender.

/** uz: the whole predicate; ru: the predicate after "уже N лет"; en: an -ing phrase. */
export const CRAFT_VERBS: Record<ArtMotif, Words> = {
  pottery: { uz: "loydan idish yasayman", ru: "занимаюсь гончарным делом", en: "making pottery" },
  "gold-embroidery": {
    uz: "zardoʻzlik bilan shugʻullanaman",
    ru: "занимаюсь золотым шитьём",
    en: "doing gold embroidery",
  },
  suzani: { uz: "suzani tikaman", ru: "вышиваю сюзане", en: "embroidering suzani" },
  doppi: { uz: "doʻppi tikaman", ru: "шью тюбетейки", en: "sewing doʻppi skullcaps" },
  carpets: { uz: "gilam toʻqiyman", ru: "тку ковры", en: "weaving carpets" },
  "wood-carving": {
    uz: "yogʻoch oʻymakorligi bilan shugʻullanaman",
    ru: "занимаюсь резьбой по дереву",
    en: "carving wood",
  },
  jewellery: { uz: "zargarlik qilaman", ru: "делаю украшения из серебра", en: "making silver jewellery" },
  leather: { uz: "teridan buyumlar tikaman", ru: "шью изделия из кожи", en: "making leather goods" },
  dolls: { uz: "qoʻgʻirchoq yasayman", ru: "делаю кукол", en: "making dolls" },
  weaving: { uz: "atlas va adras toʻqiyman", ru: "тку атлас и адрас", en: "weaving atlas and adras ikat" },
  miniature: { uz: "miniatyura chizaman", ru: "пишу миниатюры", en: "painting miniatures" },
  basketry: { uz: "savat toʻqiyman", ru: "плету корзины", en: "weaving baskets" },
};

export const SPECIALTIES: Record<ArtMotif, Words> = {
  pottery: {
    uz: "Ishqor sirli koʻk-feruza laganlar — mening faxrim: har birining naqshini qoʻlda chizaman.",
    ru: "Моя гордость — ляганы под щелочной глазурью: узор на каждом расписываю вручную.",
    en: "I am proudest of my alkaline-glazed platters; I paint the pattern of each one by hand.",
  },
  "gold-embroidery": {
    uz: "Baxmal ustiga zar ip bilan buta va anor naqshlarini tikaman, bitta panno bir necha oy oladi.",
    ru: "Вышиваю золотой нитью по бархату узоры «бута» и гранаты; одно панно занимает несколько месяцев.",
    en: "I stitch buta and pomegranate designs in gold thread on velvet; one panel takes several months.",
  },
  suzani: {
    uz: "Oy va anor naqshli katta suzanilarni iplarini oʻzim tanlab, yurma choki bilan tikaman.",
    ru: "Большие сюзане с лунными медальонами и гранатами вышиваю швом юрма, каждую нить подбираю по цвету.",
    en: "I embroider large suzani with moon medallions and pomegranates in yurma stitch, choosing every thread myself.",
  },
  doppi: {
    uz: "Qalampir naqshli Chust doʻppilarini har bir chokigacha qoʻlda tikaman.",
    ru: "Чустские тюбетейки с узором «калампир» шью вручную, стежок за стежком.",
    en: "I sew Chust doʻppi with the pepper motif by hand, stitch by stitch.",
  },
  carpets: {
    uz: "Jun va ipakdan, tabiiy boʻyoqlar bilan eski naqshlarni qayta tiklab gilam toʻqiyman.",
    ru: "Тку ковры из шерсти и шёлка на натуральных красителях, возрождая старые узоры.",
    en: "I weave wool and silk carpets with natural dyes, bringing old patterns back to life.",
  },
  "wood-carving": {
    uz: "Yongʻoq va chinor yogʻochiga girih va islimiy naqshlarni iskana bilan oʻyaman.",
    ru: "Вырезаю стамеской гирих и растительный орнамент по ореху и чинаре.",
    en: "I carve girih and floral islimi patterns into walnut and plane-tree wood with chisels.",
  },
  jewellery: {
    uz: "Feruza va aqiq koʻzli kumush zirak va tumorlarni filigran usulida yasayman.",
    ru: "Делаю серебряные серьги и тумары с бирюзой и сердоликом в технике филиграни.",
    en: "I make silver earrings and tumar amulets with turquoise and carnelian, in filigree.",
  },
  leather: {
    uz: "Sumka va hamyonlarni tabiiy teridan, har chokini mumlangan ip bilan qoʻlda tikaman.",
    ru: "Сумки и кошельки делаю из натуральной кожи, каждый шов прошиваю вощёной нитью вручную.",
    en: "I make bags and wallets from genuine leather and saddle-stitch every seam by hand.",
  },
  dolls: {
    uz: "Qoʻgʻirchoqlarimning yuzini qoʻlda chizaman, liboslarini atlas va adrasdan tikaman.",
    ru: "Лица своих кукол расписываю вручную, а наряды шью из атласа и адраса.",
    en: "I paint my dolls’ faces by hand and sew their clothes from atlas and adras.",
  },
  weaving: {
    uz: "Iplarni abrband usulida bogʻlab boʻyayman va qoʻl dastgohida toʻqiyman.",
    ru: "Перевязываю и окрашиваю нити по технике абрбанди и тку на ручном станке.",
    en: "I tie-dye the threads in the abrband way and weave them on a hand loom.",
  },
  miniature: {
    uz: "Papye-mashe qutichalarga Samarqand manzaralari va doston sahnalarini mayin moʻyqalam bilan chizaman.",
    ru: "Тонкой кистью пишу на шкатулках из папье-маше виды Самарканда и сцены из дастанов.",
    en: "With a very fine brush I paint views of Samarkand and scenes from dastan epics on papier-mâché boxes.",
  },
  basketry: {
    uz: "Tol novdasi va qamishdan non savat va patnislar toʻqiyman.",
    ru: "Плету из ивовой лозы и тростника хлебницы и подносы.",
    en: "I weave bread baskets and trays from willow and reed.",
  },
};

export type TeacherKey = "mother" | "grandmother" | "father" | "master" | "course";
export const TEACHERS: Record<TeacherKey, Words> = {
  mother: {
    uz: "Bu hunarni menga onam oʻrgatgan.",
    ru: "Ремеслу меня научила мама.",
    en: "My mother taught me the craft.",
  },
  grandmother: {
    uz: "Bu hunarni menga buvim oʻrgatgan.",
    ru: "Ремеслу меня научила бабушка.",
    en: "My grandmother taught me the craft.",
  },
  father: {
    uz: "Bu hunarni menga otam oʻrgatgan.",
    ru: "Ремеслу меня научил отец.",
    en: "My father taught me the craft.",
  },
  master: {
    uz: "Hunarni mahallamizdagi ustozimdan oʻrganganman.",
    ru: "Ремеслу меня научил мастер из нашей махалли.",
    en: "I learned from a master in our mahalla.",
  },
  course: {
    uz: "Hunarni “Hunarmandchilik” uyushmasining kurslarida oʻrganganman.",
    ru: "Ремеслу меня научили на курсах ассоциации «Хунармандчилик».",
    en: "I learned the craft on a course run by the crafts association.",
  },
};

export const CLOSINGS: readonly Words[] = [
  {
    uz: "Buyurtmalarni uyimda tayyorlayman, kuryer oʻzi olib ketadi.",
    ru: "Заказы готовлю дома, курьер забирает их сам.",
    en: "I prepare every order at home and the courier collects it from me.",
  },
  {
    uz: "Har bir buyumim bitta nusxada; oʻlcham va rangni kelishib olishimiz mumkin.",
    ru: "Каждая вещь — в единственном экземпляре; размер и цвет можно обсудить.",
    en: "Every piece is one of a kind; we can agree on size and colour.",
  },
  {
    uz: "Shogirdlarimga ham hunar oʻrgataman.",
    ru: "Учу ремеслу и своих учеников.",
    en: "I also teach the craft to my apprentices.",
  },
];
