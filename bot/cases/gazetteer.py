"""A small gazetteer of places where North Koreans are detained on their way out, for case linking.

One row per place: key | country (ISO2) | parent key | English name | Korean name | other spellings.
Spellings cover romanisation variants and the Korean, Chinese, Japanese, Russian and local names of
the same place, so
"Shenyang", "선양", "심양" and "沈阳" resolve to one key, and a city is known to lie in its province
("Kunming" in "Yunnan"). Deliberately small and owned by case linking; extend a row or add one here.
Ambiguous common words (Korean 집안 "family", 청도 a Korean county) are left out on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass

_ROWS = """
liaoning|CN||Liaoning|랴오닝성|liaoning province,랴오닝,요녕,辽宁,遼寧
shenyang|CN|liaoning|Shenyang|선양|shen yang,mukden,심양,沈阳,瀋陽,シェンヤン,Шэньян
dandong|CN|liaoning|Dandong|단둥|tantung,antung,단동,丹东,丹東,タントン,Даньдун
dalian|CN|liaoning|Dalian|다롄|dairen,대련,大连,大連
jilin|CN||Jilin|지린성|jilin province,kirin,지린,길림,吉林
jilin_city|CN|jilin|Jilin City|지린시|jilin city,지린시,길림시,吉林市
changchun|CN|jilin|Changchun|창춘|장춘,长春,長春
yanbian|CN|jilin|Yanbian|옌볜|yanbian prefecture,연변,옌벤,延边,延邊
yanji|CN|yanbian|Yanji|옌지|yenki,연길,延吉,エンキチ,イエンジー,Яньцзи
tumen|CN|yanbian|Tumen|투먼|도문,图们,圖們,図們,Тумэнь
longjing|CN|yanbian|Longjing|룽징|용정,龙井,龍井
helong|CN|yanbian|Helong|허룽|화룡,和龙,和龍
hunchun|CN|yanbian|Hunchun|훈춘|琿春,珲春,Хуньчунь
baishan|CN|jilin|Baishan|바이산|백산,白山
changbai|CN|baishan|Changbai|창바이|장백,长白,長白
linjiang|CN|baishan|Linjiang|린장|임강,临江,臨江
jian|CN|jilin|Ji'an|지안|ji an,集安
heilongjiang|CN||Heilongjiang|헤이룽장성|헤이룽장,흑룡강,黑龙江,黑龍江
harbin|CN|heilongjiang|Harbin|하얼빈|哈尔滨,哈爾濱,ハルビン,Харбин
mudanjiang|CN|heilongjiang|Mudanjiang|무단장|목단강,牡丹江
beijing|CN||Beijing|베이징|peking,북경,北京,ペキン,Пекин,北京市
tianjin|CN||Tianjin|톈진|천진,天津
shanghai|CN||Shanghai|상하이|상해,上海
shandong|CN||Shandong|산둥성|산둥,산동,山东,山東
qingdao|CN|shandong|Qingdao|칭다오|tsingtao,青岛,青島,チンタオ,Циндао
yantai|CN|shandong|Yantai|옌타이|烟台,煙台
inner_mongolia|CN||Inner Mongolia|네이멍구|내몽골,내몽고,内蒙古
yunnan|CN||Yunnan|윈난성|윈난,운남,云南,雲南
kunming|CN|yunnan|Kunming|쿤밍|곤명,昆明,クンミン,Куньмин
xishuangbanna|CN|yunnan|Xishuangbanna|시솽반나|西双版纳,西雙版納
guangxi|CN||Guangxi|광시|广西,廣西
nanning|CN|guangxi|Nanning|난닝|南宁,南寧
pingxiang|CN|guangxi|Pingxiang|핑샹|凭祥,憑祥
guangdong|CN||Guangdong|광둥성|광둥,广东,廣東
guangzhou|CN|guangdong|Guangzhou|광저우|canton,广州,廣州
shenzhen|CN|guangdong|Shenzhen|선전|深圳
primorye|RU||Primorsky Krai|연해주|primorsky,primorsky krai,primorye,приморье,приморский
vladivostok|RU|primorye|Vladivostok|블라디보스토크|블라디보스톡,владивосток,海参崴,符拉迪沃斯托克,ウラジオストク
nakhodka|RU|primorye|Nakhodka|나홋카|находка
khabarovsk|RU||Khabarovsk|하바롭스크|хабаровск,哈巴罗夫斯克,ハバロフスク
moscow|RU||Moscow|모스크바|москва,莫斯科,モスクワ
leningrad_oblast|RU||Leningrad Oblast|레닌그라드주|leningrad,leningrad region,leningrad oblast,레닌그라드,ленинградская
st_petersburg|RU|leningrad_oblast|St. Petersburg|상트페테르부르크|st petersburg,saint petersburg,petersburg,sankt peterburg,페테르부르크,санкт петербург,圣彼得堡,聖彼得堡,サンクトペテルブルク
hanoi|VN||Hanoi|하노이|ha noi,河内,ハノイ,Ханой
ho_chi_minh|VN||Ho Chi Minh City|호찌민|ho chi minh,saigon,호치민,사이공,胡志明,ホーチミン
lang_son|VN||Lang Son|랑선|langson,량선,랑썬,諒山,谅山,ランソン,랑손
ha_giang|VN||Ha Giang|하장|hagiang,河江
quang_ninh|VN||Quang Ninh|꽝닌|quangninh,꽝닌성
mong_cai|VN|quang_ninh|Mong Cai|몽까이|mongcai,몽카이,芒街,モンカイ,Монгкай
lao_cai|VN||Lao Cai|라오까이|laocai,라오카이,老街
cao_bang|VN||Cao Bang|까오방|caobang,高平
vientiane|LA||Vientiane|비엔티안|비엔티엔,万象,萬象,ビエンチャン,Вьентьян
luang_namtha|LA||Luang Namtha|루앙남타|luang nam tha,南塔,ルアンナムター
muang_sing|LA|luang_namtha|Muang Sing|므앙싱|muong sing,勐醒
bokeo|LA||Bokeo|보께오|보케오,博胶
oudomxay|LA||Oudomxay|우돔사이|udomxai,oudomxai,乌多姆赛
luang_prabang|LA||Luang Prabang|루앙프라방|琅勃拉邦
bangkok|TH||Bangkok|방콕|krung thep,曼谷,バンコク,Бангкок
chiang_rai|TH||Chiang Rai|치앙라이|chiangrai,清莱,清萊,チェンライ
chiang_saen|TH|chiang_rai|Chiang Saen|치앙센|chiangsaen,치앙샌,清盛
chiang_khong|TH|chiang_rai|Chiang Khong|치앙콩|chiangkhong,清孔
mae_sai|TH|chiang_rai|Mae Sai|매사이|maesai,美塞,メーサイ
nong_khai|TH||Nong Khai|농카이|nongkhai,廊开
phnom_penh|KH||Phnom Penh|프놈펜|金边,金邊,プノンペン,Пномпень
yangon|MM||Yangon|양곤|rangoon,仰光,ヤンゴン
tachileik|MM||Tachileik|타칠레익|大其力
ulaanbaatar|MN||Ulaanbaatar|울란바토르|ulan bator,ulaanbaatar city,乌兰巴托,烏蘭巴托,ウランバートル,Улан-Батор
sakhalin|RU||Sakhalin|사할린|сахалин,サハリン,萨哈林
kuala_lumpur|MY||Kuala Lumpur|쿠알라룸푸르|吉隆坡,クアラルンプール
"""

_COUNTRY_WORDS = """
    china chinese 중국 中国 中國 russia russian 러시아 俄罗斯 vietnam viet nam vietnamese 베트남 越南
    laos lao 라오스 老挝 寮國 thailand thai 태국 泰国 cambodia 캄보디아 柬埔寨 myanmar burma 미얀마 缅甸
    mongolia 몽골 蒙古 malaysia 말레이시아 north korea korea 북한 朝鲜 한국
    """
COUNTRY_WORDS = frozenset(_COUNTRY_WORDS.split())


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    country: str
    parent: str | None
    name_en: str
    name_ko: str
    aliases: tuple[str, ...]


def _parse(rows: str) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for line in rows.strip().splitlines():
        key, country, parent, name_en, name_ko, others = line.split("|")
        aliases = (name_en, name_ko, *others.split(","))
        places[key] = Place(key, country, parent or None, name_en, name_ko, aliases)
    return places


PLACES: dict[str, Place] = _parse(_ROWS)

COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "CN": ("China", "중국"),
    "RU": ("Russia", "러시아"),
    "VN": ("Vietnam", "베트남"),
    "LA": ("Laos", "라오스"),
    "TH": ("Thailand", "태국"),
    "KH": ("Cambodia", "캄보디아"),
    "MM": ("Myanmar", "미얀마"),
    "MN": ("Mongolia", "몽골"),
    "MY": ("Malaysia", "말레이시아"),
    "ID": ("Indonesia", "인도네시아"),
    "PH": ("the Philippines", "필리핀"),
    "JP": ("Japan", "일본"),
    "KR": ("South Korea", "한국"),
    "KP": ("North Korea", "북한"),
    "KZ": ("Kazakhstan", "카자흐스탄"),
    "UZ": ("Uzbekistan", "우즈베키스탄"),
}


def country_name(code: str | None, lang: str = "en") -> str | None:
    """The country's name in English or Korean; the code itself when unknown."""
    if not code:
        return None
    names = COUNTRY_NAMES.get(code.upper())
    if names is None:
        return code.upper()
    return names[1] if lang == "ko" else names[0]
