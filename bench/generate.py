#!/usr/bin/env python3
"""Deterministic generator of synthetic Vietnamese news articles for benchmarking sitegen.

    python3 bench/generate.py --count N --out DIR [--seed 1] [--jobs J]

Writes N articles (2-6 KB each) about Viet Nam's foreign relations into DIR, spread over
subfolders of 1,000 files each: DIR/000/a000000.txt, DIR/000/a000001.md, ... About half are
plain .txt without front matter; the rest are .md or .txt with YAML front matter (title, date,
source). A fair share carry the messiness of scraped text (title glued to the lead, a repeated
lead, "Chia sẻ"/"Phản hồi" lines, "- ảnh 1" captions, "[related headline]" lines, agency
credits, "/." end marks, sentences glued without a space).

Every article has its own random.Random seeded with "<seed>:<index>", so the same seed and
count give byte-identical output, whatever --jobs is, and the first N articles of a larger
corpus are the same files as a corpus of N. Python 3 standard library only.
"""

import argparse
import datetime as dt
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor

# ---------------------------------------------------------------------------------------------
# Partners: code, Vietnamese short name, other ways the press writes it, capital as written
# (first form is the common one), region (for foreign names), date of diplomatic relations
# ("d/m/yyyy" or "yyyy"), partnership upgrades [(tier, year)].
# ---------------------------------------------------------------------------------------------

PARTNERS = [
    ("LA", "Lào", ["Cộng hòa Dân chủ Nhân dân Lào", "nước bạn Lào"], ["Viêng Chăn", "Vientiane"], "lao", "5/9/1962", [("Đối tác chiến lược", 2007)]),
    ("KH", "Campuchia", ["Cam-pu-chia", "Vương quốc Campuchia"], ["Phnôm Pênh", "Phnom Penh"], "khmer", "24/6/1967", []),
    ("TH", "Thái Lan", ["Vương quốc Thái Lan"], ["Băng Cốc", "Bangkok"], "thai", "6/8/1976", [("Đối tác chiến lược", 2013), ("Đối tác chiến lược toàn diện", 2025)]),
    ("MM", "Myanmar", ["Mi-an-ma", "Cộng hòa Liên bang Myanmar"], ["Nây Pyi Tô", "Naypyidaw"], "burmese", "28/5/1975", []),
    ("MY", "Malaysia", ["Ma-lai-xi-a"], ["Cu-a-la Lăm-pơ", "Kuala Lumpur"], "malay", "30/3/1973", [("Đối tác chiến lược", 2015), ("Đối tác chiến lược toàn diện", 2024)]),
    ("SG", "Singapore", ["Xin-ga-po", "Cộng hòa Singapore"], ["Singapore"], "malay", "1/8/1973", [("Đối tác chiến lược", 2013), ("Đối tác chiến lược toàn diện", 2025)]),
    ("ID", "Indonesia", ["In-đô-nê-xi-a", "Cộng hòa Indonesia"], ["Gia-các-ta", "Jakarta"], "malay", "30/12/1955", [("Đối tác chiến lược", 2013), ("Đối tác chiến lược toàn diện", 2025)]),
    ("PH", "Philippines", ["Phi-líp-pin"], ["Ma-ni-la", "Manila"], "spanish", "12/7/1976", [("Đối tác chiến lược", 2015)]),
    ("BN", "Brunei", ["Bru-nây", "Brunei Darussalam"], ["Ban-đa Xê-ri Bê-ga-oan", "Bandar Seri Begawan"], "malay", "29/2/1992", [("Đối tác toàn diện", 2019)]),
    ("CN", "Trung Quốc", ["nước láng giềng Trung Quốc"], ["Bắc Kinh"], "chinese", "18/1/1950", [("Đối tác hợp tác chiến lược toàn diện", 2008)]),
    ("JP", "Nhật Bản", ["Nhật"], ["Tô-ki-ô", "Tokyo"], "japanese", "21/9/1973", [("Đối tác chiến lược", 2009), ("Đối tác chiến lược toàn diện", 2023)]),
    ("KR", "Hàn Quốc", ["Đại Hàn Dân Quốc"], ["Xơ-un", "Seoul"], "korean", "22/12/1992", [("Đối tác chiến lược", 2009), ("Đối tác chiến lược toàn diện", 2022)]),
    ("MN", "Mông Cổ", [], ["U-lan Ba-to", "Ulaanbaatar"], "mongol", "17/11/1954", [("Đối tác toàn diện", 2024)]),
    ("IN", "Ấn Độ", ["Cộng hòa Ấn Độ"], ["Niu Đê-li", "New Delhi"], "indian", "7/1/1972", [("Đối tác chiến lược", 2007), ("Đối tác chiến lược toàn diện", 2016)]),
    ("BD", "Bangladesh", ["Băng-la-đét"], ["Đắc-ca", "Dhaka"], "indian", "11/2/1973", []),
    ("LK", "Sri Lanka", ["Xri Lan-ca"], ["Cô-lôm-bô", "Colombo"], "indian", "21/7/1970", []),
    ("PK", "Pakistan", ["Pa-ki-xtan"], ["I-xla-ma-bát", "Islamabad"], "arabic", "8/11/1972", []),
    ("KZ", "Kazakhstan", ["Ca-dắc-xtan"], ["A-xta-na", "Astana"], "central", "1992", []),
    ("IL", "Israel", ["I-xra-en", "Nhà nước Israel"], ["Giê-ru-xa-lem", "Jerusalem"], "hebrew", "12/7/1993", []),
    ("TR", "Thổ Nhĩ Kỳ", [], ["An-ca-ra", "Ankara"], "turkish", "1978", []),
    ("SA", "Saudi Arabia", ["Ả-rập Xê-út", "Vương quốc Ả-rập Xê-út"], ["Ri-át", "Riyadh"], "arabic", "1999", []),
    ("AE", "UAE", ["Các Tiểu vương quốc Ả-rập Thống nhất"], ["A-bu Đa-bi", "Abu Dhabi"], "arabic", "1993", [("Đối tác toàn diện", 2024)]),
    ("QA", "Qatar", ["Ca-ta", "Nhà nước Qatar"], ["Đô-ha", "Doha"], "arabic", "1993", []),
    ("EG", "Ai Cập", ["Cộng hòa Ả-rập Ai Cập"], ["Cai-rô", "Cairo"], "arabic", "1/9/1963", []),
    ("ZA", "Nam Phi", ["Cộng hòa Nam Phi"], ["Prê-tô-ri-a", "Pretoria"], "african", "22/12/1993", []),
    ("DZ", "Algeria", ["An-giê-ri"], ["An-giê", "Algiers"], "arabic", "28/10/1962", []),
    ("NG", "Nigeria", ["Ni-giê-ri-a"], ["A-bu-gia", "Abuja"], "african", "1976", []),
    ("RU", "Nga", ["Liên bang Nga"], ["Mát-xcơ-va", "Moscow"], "russian", "30/1/1950", [("Đối tác chiến lược", 2001), ("Đối tác chiến lược toàn diện", 2012)]),
    ("BY", "Belarus", ["Bê-la-rút"], ["Min-xcơ", "Minsk"], "russian", "1992", []),
    ("UA", "Ukraine", ["U-crai-na"], ["Ki-ép", "Kyiv"], "russian", "23/1/1992", []),
    ("GB", "Anh", ["Vương quốc Anh"], ["London", "Luân Đôn"], "english", "11/9/1973", [("Đối tác chiến lược", 2010)]),
    ("FR", "Pháp", ["Cộng hòa Pháp"], ["Pa-ri", "Paris"], "french", "12/4/1973", [("Đối tác chiến lược", 2013), ("Đối tác chiến lược toàn diện", 2024)]),
    ("DE", "Đức", ["Cộng hòa Liên bang Đức"], ["Béc-lin", "Berlin"], "german", "23/9/1975", [("Đối tác chiến lược", 2011)]),
    ("IT", "Italy", ["I-ta-li-a", "Ý"], ["Rô-ma", "Rome"], "italian", "23/3/1973", [("Đối tác chiến lược", 2013)]),
    ("ES", "Tây Ban Nha", ["Vương quốc Tây Ban Nha"], ["Ma-đrít", "Madrid"], "spanish", "23/5/1977", [("Đối tác chiến lược", 2009)]),
    ("PT", "Bồ Đào Nha", [], ["Li-xbon", "Lisbon"], "portuguese", "1/7/1975", []),
    ("NL", "Hà Lan", ["Vương quốc Hà Lan"], ["Am-xtéc-đam", "Amsterdam"], "dutch", "9/4/1973", []),
    ("BE", "Bỉ", ["Vương quốc Bỉ"], ["Brúc-xen", "Brussels"], "dutch", "22/3/1973", []),
    ("CH", "Thụy Sĩ", ["Liên bang Thụy Sĩ"], ["Béc-nơ", "Bern"], "german", "11/10/1971", []),
    ("AT", "Áo", ["Cộng hòa Áo"], ["Viên", "Vienna"], "german", "1/12/1972", []),
    ("DK", "Đan Mạch", ["Vương quốc Đan Mạch"], ["Cô-pen-ha-ghen", "Copenhagen"], "nordic", "25/11/1971", []),
    ("NO", "Na Uy", ["Vương quốc Na Uy"], ["Ô-xlô", "Oslo"], "nordic", "25/11/1971", []),
    ("SE", "Thụy Điển", ["Vương quốc Thụy Điển"], ["Xtốc-khôm", "Stockholm"], "nordic", "11/1/1969", []),
    ("FI", "Phần Lan", ["Cộng hòa Phần Lan"], ["Hen-xin-ki", "Helsinki"], "nordic", "25/1/1973", []),
    ("IE", "Ireland", ["Ai-len"], ["Đu-blin", "Dublin"], "english", "5/4/1996", []),
    ("GR", "Hy Lạp", [], ["A-ten", "Athens"], "greek", "15/4/1975", []),
    ("CZ", "Séc", ["Cộng hòa Séc"], ["Pra-ha", "Prague"], "slavic", "2/2/1950", []),
    ("PL", "Ba Lan", ["Cộng hòa Ba Lan"], ["Vác-sa-va", "Warsaw"], "slavic", "4/2/1950", []),
    ("HU", "Hungary", ["Hung-ga-ri"], ["Bu-đa-pét", "Budapest"], "slavic", "3/2/1950", [("Đối tác toàn diện", 2018)]),
    ("RO", "Romania", ["Ru-ma-ni"], ["Bu-ca-rét", "Bucharest"], "slavic", "3/2/1950", []),
    ("BG", "Bulgaria", ["Bun-ga-ri"], ["Xô-phi-a", "Sofia"], "slavic", "8/2/1950", []),
    ("US", "Hoa Kỳ", ["Mỹ", "Hợp chủng quốc Hoa Kỳ"], ["Oa-sinh-tơn", "Washington D.C."], "english", "12/7/1995", [("Đối tác toàn diện", 2013), ("Đối tác chiến lược toàn diện", 2023)]),
    ("CA", "Canada", ["Ca-na-đa"], ["Ốt-ta-oa", "Ottawa"], "english", "21/8/1973", [("Đối tác toàn diện", 2017)]),
    ("MX", "Mexico", ["Mê-hi-cô"], ["Mê-hi-cô Xi-ti", "Mexico City"], "spanish", "19/5/1975", []),
    ("CU", "Cuba", ["Cộng hòa Cuba"], ["La Habana", "Ha-va-na"], "spanish", "2/12/1960", []),
    ("BR", "Brazil", ["Bra-xin"], ["Bra-xi-li-a", "Brasília"], "portuguese", "8/5/1989", [("Đối tác toàn diện", 2007)]),
    ("AR", "Argentina", ["Ác-hen-ti-na"], ["Buenos Aires", "Bu-ê-nốt Ai-rét"], "spanish", "25/10/1973", [("Đối tác toàn diện", 2010)]),
    ("CL", "Chile", ["Chi-lê"], ["Xan-ti-a-gô", "Santiago"], "spanish", "25/3/1971", [("Đối tác toàn diện", 2007)]),
    ("AU", "Australia", ["Ô-xtrây-li-a", "Úc"], ["Can-bê-ra", "Canberra"], "english", "26/2/1973", [("Đối tác chiến lược", 2018), ("Đối tác chiến lược toàn diện", 2024)]),
    ("NZ", "New Zealand", ["Niu Di-lân"], ["Oen-lin-tơn", "Wellington"], "english", "19/6/1975", [("Đối tác chiến lược", 2020)]),
]

# Foreign names by region: (given names, family names, family-name-first?)
NAMES = {
    "japanese": (["Takehiro", "Takeshi", "Yoko", "Fumio", "Masataka", "Gen", "Yoshimasa", "Kenji", "Shigeru", "Hiroshi", "Akiko", "Taro"],
                 ["Funakoshi", "Iwaya", "Kamikawa", "Kishida", "Okano", "Akiba", "Nakatani", "Yamada", "Suzuki", "Takahashi", "Mori", "Hayashi"], True),
    "korean": (["Hong-kyun", "Tae-yul", "Kyung-wha", "Jae-sung", "Min-soo", "Hyun-jong", "Jin", "Yeo-koo", "Sung-han", "Ji-won"],
               ["Kim", "Lee", "Park", "Choi", "Cho", "Chung", "Yoon", "Kang", "Shin", "Han"], True),
    "chinese": (["Nghị", "Vệ Đông", "Kiến Siêu", "Xuân Oánh", "Quân", "Hựu Hiệp", "Thượng Phúc", "Chính", "Lạc Tế", "Hải Tinh", "Triều Húc", "Bá Minh"],
                ["Vương", "Tôn", "Lưu", "Trương", "Lý", "Triệu", "Mã", "Đặng", "Hàn", "Hoa", "Đổng", "Tống"], True),
    "lao": (["Saleumxay", "Thongloun", "Sonexay", "Phankham", "Bounkham", "Khamphao", "Chansamone", "Vilay"],
            ["Kommasith", "Sisoulith", "Siphandone", "Viphavanh", "Vorachith", "Ernthavanh", "Chanyalath", "Lakhamphong"], False),
    "khmer": (["Prak", "Hun", "Sok", "Tea", "Sun", "Kao", "Samdech", "Chea"],
              ["Sokhonn", "Manet", "Chenda", "Banh", "Chanthol", "Kim Hourn", "Seiha", "Vandeth"], False),
    "thai": (["Don", "Parnpree", "Maris", "Sihasak", "Srettha", "Chanin", "Thani", "Sarun"],
             ["Pramudwinai", "Bahiddha-nukara", "Sangiampongsa", "Phuangketkeow", "Thavisin", "Rungthanakiat", "Thongchai", "Charoensuwan"], False),
    "burmese": (["Than", "Min", "Kyaw", "Aung", "Thant", "Zaw"], ["Swe", "Aung Hlaing", "Tin", "Kyi", "Myint", "Oo"], False),
    "malay": (["Retno", "Sugiono", "Anwar", "Mohamad", "Saifuddin", "Zambry", "Vivian", "Gan", "Amin", "Erywan", "Khairul", "Siti"],
              ["Marsudi", "Hasan", "Ibrahim", "Abdul Kadir", "Nasution", "Balakrishnan", "Kim Yong", "Yusof", "Abdullah", "Rahman", "Hamid", "Nurhaliza"], False),
    "indian": (["Subrahmanyam", "Rajnath", "Vinay", "Saurabh", "Pranay", "Anil", "Sanjay", "Meenakshi"],
               ["Jaishankar", "Singh", "Kwatra", "Kumar", "Verma", "Sharma", "Mehta", "Lekhi"], False),
    "mongol": (["Battsetseg", "Luvsannamsrai", "Gombojav", "Batbayar", "Oyun"], ["Batmunkh", "Zandanshatar", "Oyun-Erdene", "Enkhbayar", "Sukhbaatar"], False),
    "central": (["Murat", "Roman", "Kairat", "Yerzhan", "Akan"], ["Nurtleu", "Vassilenko", "Umarov", "Ashikbayev", "Rakhmetullin"], False),
    "hebrew": (["Eli", "Yair", "Ron", "Alon", "Yaron", "Gideon"], ["Cohen", "Lapid", "Dermer", "Ushpiz", "Mayer", "Saar"], False),
    "turkish": (["Mevlüt", "Hakan", "Yaşar", "Ahmet", "Mehmet", "Selim"], ["Çavuşoğlu", "Fidan", "Güler", "Yıldız", "Kaya", "Demir"], False),
    "arabic": (["Mohammed", "Abdullah", "Faisal", "Ahmed", "Khalid", "Sultan", "Sameh", "Ahmed Attaf"],
               ["bin Salman", "Al Nahyan", "Al Thani", "Al-Jubeir", "Shoukry", "Aboul Gheit", "Al Marri", "Al Khulaifi"], False),
    "african": (["Naledi", "Ronald", "Yusuf", "Alvin", "Grace", "Thandi"], ["Pandor", "Lamola", "Tuggar", "Botes", "Onyeama", "Mokoena"], False),
    "russian": (["Alexander", "Sergey", "Andrey", "Igor", "Dmitry", "Mikhail", "Vladimir", "Nikolai"],
                ["Fomin", "Lavrov", "Rudenko", "Shoigu", "Belousov", "Ivanov", "Morgulov", "Patrushev"], False),
    "english": (["James", "Michael", "David", "Sarah", "Catherine", "Richard", "Jeremy", "Anne", "Mark", "Penny", "Kurt", "Daniel", "Antony", "Mélanie"],
                ["Browne", "Lammy", "Campbell", "Kritenbrink", "Wong", "Marles", "Thompson", "Harris", "Blinken", "Joly", "Goldie", "Frew", "Knapper", "Stewart"], False),
    "french": (["Jean-Yves", "Laurent", "Catherine", "Bruno", "Marie", "Olivier", "Sébastien", "Thani"],
               ["Le Drian", "Fabius", "Colonna", "Lecornu", "Séjourné", "Riester", "Barrot", "Becourt"], False),
    "german": (["Andreas", "Olaf", "Annalena", "Boris", "Tobias", "Katja", "Frank-Walter", "Guido"],
               ["Michaelis", "Scholz", "Baerbock", "Pistorius", "Lindner", "Keul", "Steinmeier", "Hildner"], False),
    "italian": (["Antonio", "Luigi", "Sergio", "Paolo", "Marco", "Giorgia", "Maria"], ["Tajani", "Di Maio", "Mattarella", "Crosetto", "Gentiloni", "Rossi", "Tripodi"], False),
    "spanish": (["José Manuel", "Pedro", "Luis Pablo", "María", "Ana", "Carlos", "Javier", "Enrique", "Bruno"],
                ["Albares", "García", "Sánchez", "Beltramino", "Fernández", "Pérez", "Manalo", "Rodríguez", "Rodríguez Parrilla"], False),
    "portuguese": (["João", "Mauro", "Paulo", "Ana", "Luís", "Ricardo"], ["Vieira", "Silva", "Costa", "Santos", "Rangel", "Ferreira"], False),
    "dutch": (["Mark", "Wopke", "Hadja", "Kris", "Sophie", "Hans"], ["Rutte", "Hoekstra", "Lahbib", "Peeters", "Wilmès", "Verhagen"], False),
    "nordic": (["Lars", "Ann", "Tobias", "Pekka", "Espen", "Jonas", "Elina", "Ville"], ["Løkke Rasmussen", "Linde", "Billström", "Haavisto", "Eide", "Gahr Støre", "Valtonen", "Tavio"], False),
    "greek": (["Nikos", "Giorgos", "Kyriakos", "Eleni"], ["Dendias", "Gerapetritis", "Mitsotakis", "Papadopoulou"], False),
    "slavic": (["Jan", "Radosław", "Péter", "Bogdan", "Nikolai", "Marek", "Tomáš", "Ivan"], ["Lipavský", "Sikorski", "Szijjártó", "Aurescu", "Denkov", "Novák", "Kowalski", "Petrov"], False),
}

VN_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lương", "Phan", "Võ", "Trịnh"]
VN_MIDDLE = ["Minh", "Thanh", "Văn", "Thị Thu", "Hoàng", "Quốc", "Đức", "Hồng", "Xuân", "Tam", "Mạnh", "Thế", "Anh", "Ngọc", "Hải", "Phương"]
VN_GIVEN = ["Vũ", "Sơn", "Giang", "Hằng", "Chiến", "Huy", "Việt", "Dũng", "Quang", "Hà", "Trung", "Nam", "Tuấn", "Hải", "Long", "Phương", "Thắng", "Bình", "Hưng", "Lâm"]

# (title before the name, title after the name or None, is it a Ministry of Defence office)
VN_DEPUTIES_MFA = ["Thứ trưởng Bộ Ngoại giao", "Thứ trưởng Ngoại giao", "Thứ trưởng Thường trực Bộ Ngoại giao", "Trợ lý Bộ trưởng Ngoại giao"]
VN_DEPUTIES_MOD = [("Thượng tướng", "Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng"),
                   ("Thượng tướng", "Ủy viên Trung ương Đảng, Ủy viên Thường vụ Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng"),
                   ("Trung tướng", "Thứ trưởng Bộ Quốc phòng"), ("Thiếu tướng", "Cục trưởng Cục Đối ngoại, Bộ Quốc phòng")]
VN_MINISTERS = ["Bộ trưởng Ngoại giao", "Phó Thủ tướng, Bộ trưởng Ngoại giao", "Bộ trưởng Bộ Công Thương", "Bộ trưởng Bộ Kế hoạch và Đầu tư",
                "Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Tài nguyên và Môi trường"]
VN_LEADERS = ["Thủ tướng", "Chủ tịch nước", "Chủ tịch Quốc hội", "Tổng Bí thư", "Phó Thủ tướng", "Phó Chủ tịch nước", "Phó Chủ tịch Quốc hội"]

# (title template, short title for later references)
FO_DEPUTIES_MFA = [("Thứ trưởng Ngoại giao {P}", "Thứ trưởng"), ("Quốc vụ khanh Bộ Ngoại giao {P}", "Quốc vụ khanh"),
                   ("Phó Ngoại trưởng {P}", "Phó Ngoại trưởng"), ("Thứ trưởng Bộ Ngoại giao {P}", "Thứ trưởng"),
                   ("Trợ lý Ngoại trưởng {P}", "Trợ lý Ngoại trưởng"),
                   ("Tổng Vụ trưởng Vụ châu Á - Thái Bình Dương, Bộ Ngoại giao {P}", "Tổng Vụ trưởng")]
FO_DEPUTIES_MOD = [("Thứ trưởng Bộ Quốc phòng {P}", "Thứ trưởng"), ("Quốc vụ khanh Quốc phòng {P}", "Quốc vụ khanh"),
                   ("Phó Tổng Tham mưu trưởng Quân đội {P}", "Phó Tổng Tham mưu trưởng"), ("Thứ trưởng Quốc phòng {P}", "Thứ trưởng")]
FO_MINISTERS = [("Bộ trưởng Ngoại giao {P}", "Bộ trưởng"), ("Ngoại trưởng {P}", "Ngoại trưởng"), ("Bộ trưởng Quốc phòng {P}", "Bộ trưởng"),
                ("Bộ trưởng Thương mại {P}", "Bộ trưởng"), ("Bộ trưởng Kinh tế {P}", "Bộ trưởng")]
FO_LEADERS = [("Thủ tướng {P}", "Thủ tướng"), ("Tổng thống {P}", "Tổng thống"), ("Chủ tịch Hạ viện {P}", "Chủ tịch Hạ viện"),
              ("Chủ tịch Thượng viện {P}", "Chủ tịch Thượng viện"), ("Phó Tổng thống {P}", "Phó Tổng thống")]

# Dialogue series: (name as written in the title and lead, ministry "mfa"/"mod"/"min", how the
# session is introduced ("lần thứ", "Kỳ họp", "Phiên họp"))
SERIES = [
    ("Đối thoại Chiến lược", "mfa", ""),
    ("Đối thoại chiến lược", "mfa", "Phiên họp "),
    ("Đối thoại Chính sách Quốc phòng", "mod", ""),
    ("Đối thoại Chính sách Quốc phòng cấp Thứ trưởng", "mod", ""),
    ("Đối thoại Chính trị - An ninh - Quốc phòng", "mfa", ""),
    ("Đối thoại Chính trị-An ninh-Quốc phòng", "mfa", ""),
    ("Đối thoại Chiến lược Quốc phòng", "mod", ""),
    ("Đối thoại Chiến lược Ngoại giao - Quốc phòng", "mfa", ""),
    ("Đối thoại Đối tác chiến lược", "mfa", ""),
    ("Đối thoại An ninh", "mfa", ""),
    ("Đối thoại Nhân quyền", "mfa", ""),
    ("Đối thoại di cư", "mfa", ""),
    ("Tham vấn chính trị", "mfa", "Phiên "),
    ("Tham vấn chính trị cấp Thứ trưởng Ngoại giao", "mfa", ""),
    ("Ủy ban hỗn hợp về hợp tác kinh tế, thương mại", "min", "Kỳ họp "),
    ("Ủy ban hỗn hợp", "min", "Kỳ họp "),
    ("Ủy ban liên Chính phủ", "min", "Kỳ họp "),
    ("Ủy ban Hợp tác", "min", "Kỳ họp "),
    ("Đối thoại Kinh tế cấp cao", "min", ""),
    ("Hội nghị Hợp tác thương mại", "min", ""),
]

NUM_WORDS = {1: "nhất", 2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười",
             11: "mười một", 12: "mười hai", 13: "mười ba", 14: "mười bốn", 15: "mười lăm", 16: "mười sáu",
             17: "mười bảy", 18: "mười tám", 19: "mười chín", 20: "hai mươi"}
WEEKDAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
PARTS_OF_DAY = ["Sáng", "Chiều", "Tối", "Trưa"]

VN_CITIES = ["Hà Nội", "Hà Nội", "Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Huế", "Cần Thơ", "Hạ Long", "Nha Trang"]
VN_VENUES = ["tại trụ sở Bộ Ngoại giao", "tại Nhà Quốc hội", "tại Phủ Chủ tịch", "tại Trụ sở Chính phủ", "tại Bộ Quốc phòng", "tại Nhà khách Chính phủ"]

AGENCIES = ["TTXVN", "VOV", "VOV5", "Báo Quốc tế", "QĐND", "Nhân Dân", "VietnamPlus", "Báo Chính phủ", "Thời Đại", "Tuổi Trẻ", "Thanh Niên", "VnExpress"]
CREDITS = ["(TTXVN) - ", "( VOV ) - ", "(VOV5) - ", "VOV.VN - ", "(QĐND) - ", "(Chinhphu.vn) - ", "( TTXVN ) ", "(Baoquocte.vn) - ", "Nhân Dân - ", "(VNA) - "]
BYLINES = ["Việt Anh/VOV-{cap}", "Thu Hà (TTXVN)", "PV/Báo Quốc tế", "Minh Phương", "Hồng Nhung - Đức Toàn", "Theo TTXVN", "Nguồn: Bộ Ngoại giao", "Quang Hòa/QĐND"]
SITES = ["baoquocte.vn", "vov.vn", "nhandan.vn", "vietnamplus.vn", "qdnd.vn", "thoidai.com.vn", "baochinhphu.vn"]

PURPOSES = ["định hình phương hướng thúc đẩy quan hệ hai nước trong thời gian tới",
            "rà soát kết quả hợp tác thời gian qua và định hướng hợp tác trong giai đoạn mới",
            "trao đổi các biện pháp thúc đẩy hợp tác song phương và các vấn đề khu vực, quốc tế cùng quan tâm",
            "tăng cường hiểu biết, xây dựng lòng tin và làm sâu sắc hơn nữa quan hệ giữa hai nước",
            "đánh giá tình hình triển khai các thỏa thuận đạt được giữa lãnh đạo cấp cao hai nước"]

FIELDS = ["quốc phòng", "an ninh mạng", "giáo dục và đào tạo", "thương mại", "năng lượng tái tạo", "nông nghiệp", "y tế", "lao động",
          "khoa học và công nghệ", "du lịch", "văn hóa", "ứng phó với biến đổi khí hậu", "hàng hải", "tư pháp", "phòng, chống tội phạm"]
SHIPS = {"GB": ["HMS Richmond", "HMS Spey"], "JP": ["Shikinami", "Yudachi", "Kashima"], "RU": ["Admiral Vinogradov", "Admiral Panteleyev"],
         "AU": ["HMAS Toowoomba", "HMAS Anzac"], "FR": ["Prairial", "Vendémiaire"], "ID": ["KRI Bung Tomo"], "IN": ["INS Delhi", "INS Kiltan"],
         "US": ["USS Ronald Reagan", "USS Theodore Roosevelt"], "NZ": ["Te Kaha"], "DE": ["Baden-Württemberg"], "PH": ["BRP Ramon Alcaraz"],
         "CA": ["HMCS Vancouver"], "IT": ["Francesco Morosini"], "KR": ["ROKS Gwanggaeto"], "SG": ["RSS Formidable"], "TH": ["HTMS Bhumibol Adulyadej"],
         "CN": ["Thích Kế Quang"], "MY": ["KD Lekiu"], "BN": ["KDB Darulehsan"], "CL": ["Esmeralda"], "NL": ["HNLMS Evertsen"], "ES": ["Juan Sebastián de Elcano"]}
PORTS = ["Cảng quốc tế Cam Ranh (Khánh Hòa)", "cảng Tiên Sa, Đà Nẵng", "Cảng Nhà Rồng - Khánh Hội, Thành phố Hồ Chí Minh", "cảng Hải Phòng", "cảng Chùa Vẽ, Hải Phòng"]

# ---------------------------------------------------------------------------------------------
# Topic paragraphs: each topic has sentences; a paragraph takes 2-4 of them.
# Slots: {P} partner, {VNP} "Việt Nam - P", {vn} / {fo} short references to the two sides' heads,
# {y}, {y1} (a recent past year), {n} (a number), {amount}.
# ---------------------------------------------------------------------------------------------

TOPICS = {
    "defence": [
        "Về quốc phòng, hai bên mong muốn tăng cường hợp tác trong lĩnh vực quốc phòng, trong đó có việc trao đổi thường xuyên đoàn các cấp và ký Bản ghi nhớ về hợp tác quốc phòng.",
        "Hai bên đánh giá kết quả quan hệ hợp tác quốc phòng được triển khai trên cơ sở Bản ghi nhớ về hợp tác quốc phòng ký năm {y1}, nổi bật là chuyến thăm chính thức Việt Nam của Bộ trưởng Quốc phòng {P} vào tháng {m1}/{y2}.",
        "Thời gian tới, hai bên bày tỏ mong muốn tiếp tục thúc đẩy các nội dung hợp tác hiện có như trao đổi đoàn, đào tạo, gìn giữ hòa bình Liên hợp quốc, hợp tác hải quân và công nghiệp quốc phòng.",
        "Phía Việt Nam khẳng định nhất quán chính sách quốc phòng \"bốn không\", hòa bình và tự vệ; đề nghị {P} tiếp tục hỗ trợ Quân đội nhân dân Việt Nam nâng cao năng lực tìm kiếm cứu nạn và quân y.",
        "Đoàn đại biểu quân sự cấp cao {P} đã thăm Việt Nam vào tháng {m1}/{y2}, góp phần tăng cường hiểu biết giữa quân đội hai nước.",
        "Hai bên nhất trí tăng cường hợp tác công nghiệp quốc phòng, trao đổi kinh nghiệm về kỹ thuật quân sự và thúc đẩy doanh nghiệp quốc phòng hai nước tham gia Triển lãm Quốc phòng quốc tế Việt Nam.",
    ],
    "maritime": [
        "Hai bên cũng thảo luận sâu rộng các vấn đề quốc tế và khu vực cùng quan tâm, trong đó có vấn đề Biển Đông.",
        "Về vấn đề Biển Đông, Việt Nam kiên trì giải quyết mọi tranh chấp, bất đồng bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế, nhất là Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS).",
        "Phía {P} khẳng định ủng hộ hòa bình, ổn định, an ninh, an toàn và tự do hàng hải, hàng không ở Biển Đông, ủng hộ sớm hoàn tất Bộ Quy tắc ứng xử ở Biển Đông (COC) thực chất, hiệu quả.",
        "Hai bên nhất trí tăng cường hợp tác hàng hải, an ninh biển và nâng cao năng lực thực thi pháp luật trên biển, trong đó có hợp tác giữa lực lượng cảnh sát biển hai nước.",
        "Hai bên cũng trao đổi về hợp tác kinh tế biển, bảo vệ môi trường biển và khai thác bền vững tài nguyên biển và đại dương.",
    ],
    "economy": [
        "Về kinh tế, hai bên đặt mục tiêu đưa kim ngạch thương mại song phương đạt {amount} tỷ USD vào năm {y3}, theo hướng cân bằng và bền vững.",
        "Kim ngạch thương mại song phương năm {y2} đạt hơn {amount} tỷ USD, tăng gần {pct}% so với năm trước, bất chấp tác động của tình hình kinh tế thế giới.",
        "{P} hiện là một trong những đối tác thương mại và nhà đầu tư quan trọng của Việt Nam, với {proj} dự án còn hiệu lực và tổng vốn đăng ký hơn {amount} tỷ USD.",
        "Hai bên nhất trí tận dụng tốt các hiệp định thương mại tự do mà hai nước là thành viên, tạo thuận lợi hơn nữa cho hàng hóa, nhất là nông sản, thủy sản và trái cây của Việt Nam tiếp cận thị trường {P}.",
        "Phía Việt Nam đề nghị {P} khuyến khích doanh nghiệp đầu tư vào các lĩnh vực hạ tầng, công nghiệp chế biến chế tạo, bán dẫn và đổi mới sáng tạo, đồng thời tham gia sâu hơn vào chuỗi cung ứng khu vực.",
        "Hai bên cũng thống nhất mở rộng hợp tác sang các lĩnh vực mới như kinh tế số, kinh tế tuần hoàn, an ninh lương thực, trí tuệ nhân tạo và tài chính.",
    ],
    "climate": [
        "Về hợp tác ứng phó với biến đổi khí hậu và chuyển đổi năng lượng, phía Việt Nam mong muốn {P} tiếp tục hỗ trợ Việt Nam triển khai quan hệ Đối tác chuyển dịch năng lượng công bằng (JETP), tạo thuận lợi để Việt Nam tiếp cận nguồn vốn, công nghệ và đào tạo nhân lực.",
        "Phía {P} khẳng định sẽ tiếp tục đồng hành và hỗ trợ Việt Nam ứng phó với biến đổi khí hậu, phát triển kinh tế bền vững; mong muốn mở rộng đầu tư trong lĩnh vực điện gió ngoài khơi và điện mặt trời.",
        "Hai bên nhất trí thúc đẩy hợp tác tăng trưởng xanh, năng lượng tái tạo, quản lý tài nguyên nước và thích ứng với biến đổi khí hậu tại khu vực Đồng bằng sông Cửu Long, hướng tới mục tiêu phát thải ròng bằng 0 vào năm 2050.",
        "{P} cam kết dành khoản viện trợ {amount} triệu USD cho các dự án năng lượng xanh và chuyển đổi xanh tại Việt Nam trong giai đoạn {y2}-{y3}.",
    ],
    "war_legacy": [
        "Hai bên nhất trí tiếp tục hợp tác khắc phục hậu quả chiến tranh, trong đó có rà phá bom mìn, vật liệu nổ, tẩy độc dioxin và hỗ trợ các nạn nhân chất độc da cam/dioxin.",
        "Phía Việt Nam đánh giá cao sự hợp tác của {P} trong việc tìm kiếm, quy tập hài cốt bộ đội Việt Nam mất tích trong chiến tranh.",
        "Hai bên ghi nhận việc hoàn thành dự án tẩy độc sân bay Đà Nẵng và nhất trí sớm triển khai giai đoạn tiếp theo của dự án tẩy độc sân bay Biên Hòa.",
        "Phía {P} cam kết tiếp tục hỗ trợ Việt Nam khắc phục hậu quả bom mìn sau chiến tranh tại các tỉnh miền Trung.",
    ],
    "education": [
        "Hai bên nhất trí tăng cường hợp tác giáo dục và đào tạo, trong đó có việc {P} tiếp tục cấp học bổng cho sinh viên Việt Nam và mở rộng hợp tác giữa các trường đại học hai nước.",
        "Hiện có khoảng {proj} nghìn học sinh, sinh viên Việt Nam đang du học tại {P}, là cầu nối quan trọng cho quan hệ hữu nghị giữa hai dân tộc.",
        "Phía Việt Nam đề nghị {P} hỗ trợ đào tạo nguồn nhân lực chất lượng cao trong các lĩnh vực khoa học, công nghệ, y tế và quản lý nhà nước.",
        "Hai bên cũng nhất trí thúc đẩy giảng dạy tiếng Việt tại {P} và thành lập thêm các trung tâm văn hóa, giáo dục tại mỗi nước.",
    ],
    "security": [
        "Về hợp tác an ninh, hai bên tỏ hài lòng về hợp tác giữa Bộ Công an Việt Nam và các cơ quan thực thi pháp luật của {P} trong phòng, chống tội phạm xuyên quốc gia, mua bán người và ma túy.",
        "Hai bên nhất trí đẩy mạnh trao đổi thông tin, phối hợp cứu hộ cứu nạn, tăng cường chia sẻ kinh nghiệm phòng, chống khủng bố, rửa tiền và tội phạm công nghệ cao.",
        "Hai bên cũng nhất trí tăng cường hợp tác bảo đảm an ninh mạng, an toàn thông tin mạng và ứng phó với các mối đe dọa trên không gian mạng.",
        "Phía Việt Nam đề nghị {P} tạo điều kiện thuận lợi cho cộng đồng người Việt Nam sinh sống, làm việc và học tập tại {P}, đồng thời phối hợp giải quyết vấn đề di cư bất hợp pháp.",
    ],
    "regional": [
        "Về các vấn đề khu vực và quốc tế, hai bên nhất trí tiếp tục phối hợp, ủng hộ lẫn nhau tại các diễn đàn đa phương như Liên hợp quốc, ASEAN, APEC và ASEM.",
        "Phía {P} khẳng định ủng hộ vai trò trung tâm của ASEAN trong cấu trúc khu vực đang định hình, coi Việt Nam là đối tác quan trọng tại khu vực Ấn Độ Dương - Thái Bình Dương.",
        "Hai bên đánh giá cao vai trò của Việt Nam trong việc thúc đẩy hợp tác tiểu vùng Mê Công và cùng cộng đồng quốc tế thực hiện mục tiêu phi hạt nhân hóa bán đảo Triều Tiên.",
        "Hai bên nhấn mạnh tầm quan trọng của việc duy trì hòa bình, ổn định, hợp tác và phát triển ở khu vực và trên thế giới, giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở tôn trọng Hiến chương Liên hợp quốc.",
    ],
    "peacekeeping": [
        "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực gìn giữ hòa bình Liên hợp quốc, trong đó {P} hỗ trợ đào tạo tiếng Anh và kỹ năng cho lực lượng gìn giữ hòa bình Việt Nam.",
        "Phía {P} đánh giá cao những đóng góp của Việt Nam cho hoạt động gìn giữ hòa bình Liên hợp quốc tại châu Phi, nhất là bệnh viện dã chiến cấp 2 và đội công binh.",
    ],
    "culture": [
        "Hai bên nhất trí đẩy mạnh giao lưu nhân dân, hợp tác văn hóa, du lịch và kết nối các địa phương hai nước, tạo thuận lợi về thị thực cho công dân mỗi nước.",
        "Năm {y2}, hơn {proj} nghìn lượt du khách {P} đã đến Việt Nam, đưa {P} trở thành một trong những thị trường du lịch tiềm năng của Việt Nam.",
        "Hai bên nhất trí phối hợp tổ chức các hoạt động giao lưu văn hóa, triển lãm ảnh và tuần phim nhân dịp kỷ niệm các ngày lễ lớn của hai nước.",
    ],
    "health": [
        "Phía Việt Nam cảm ơn Chính phủ và nhân dân {P} đã hỗ trợ Việt Nam hơn {proj} triệu liều vaccine cùng nhiều trang thiết bị y tế trong phòng, chống dịch COVID-19.",
        "Hai bên nhất trí tăng cường hợp tác y tế, nghiên cứu và sản xuất dược phẩm, đào tạo nhân lực ngành y và ứng phó với các dịch bệnh mới nổi.",
    ],
    "science": [
        "Hai bên nhất trí thúc đẩy hợp tác khoa học, công nghệ và đổi mới sáng tạo, chuyển đổi số, công nghiệp bán dẫn và trí tuệ nhân tạo.",
        "Phía {P} sẵn sàng chia sẻ kinh nghiệm xây dựng hệ sinh thái khởi nghiệp và hỗ trợ Việt Nam phát triển các khu công nghệ cao.",
    ],
}
TOPIC_KEYS = list(TOPICS)

ASSESS = [
    "Tại {occ}, hai bên vui mừng nhận thấy quan hệ {VNP} tiếp tục phát triển tích cực, thực chất và hiệu quả trên nhiều lĩnh vực, phù hợp với lợi ích của nhân dân hai nước.",
    "Hai bên đánh giá tình hình quan hệ song phương sau {nrel} năm thiết lập quan hệ ngoại giao tiếp tục có nhiều tiến triển tích cực, tin cậy chính trị ngày càng được củng cố.",
    "Hai bên ghi nhận những kết quả nổi bật trong hợp tác thời gian qua, đặc biệt là duy trì trao đổi, tiếp xúc các cấp, nhất là cấp cao và cấp Bộ trưởng.",
    "{vn_ref} khẳng định Việt Nam luôn coi trọng quan hệ hữu nghị truyền thống và hợp tác nhiều mặt với {P}, coi {P} là một trong những đối tác quan trọng hàng đầu.",
    "{fo_ref} đánh giá cao những thành tựu phát triển kinh tế - xã hội của Việt Nam, nhấn mạnh Việt Nam là đối tác ưu tiên của {P} tại khu vực Đông Nam Á.",
    "Phía {P} khẳng định quan hệ {VNP} trong thời gian qua tiếp tục là một hình mẫu trong quan hệ quốc tế, đóng góp tích cực cho hòa bình, ổn định và phát triển của khu vực.",
    "Việt Nam khẳng định nhất quán đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa quan hệ, là bạn, là đối tác tin cậy và là thành viên tích cực, có trách nhiệm của cộng đồng quốc tế.",
]
ATTEND = [
    "Tham dự {occ} có đại diện Bộ Ngoại giao, Bộ Công an và Bộ Quốc phòng Việt Nam; phía {P} có đại diện các cơ quan chức năng thuộc Bộ Ngoại giao và Bộ Quốc phòng.",
    "Đại diện Bộ Quốc phòng, Bộ Công an Việt Nam và Bộ Quốc phòng, Bộ Nội vụ {P} cũng tham dự.",
    "Cùng dự có Đại sứ Việt Nam tại {P} và đại diện nhiều bộ, ngành, địa phương hai nước.",
    "Tham gia đoàn có lãnh đạo nhiều bộ, ngành và địa phương cùng đại diện cộng đồng doanh nghiệp Việt Nam.",
]
CLOSING = [
    "Nhân dịp này, {vn_ref} chuyển lời mời của lãnh đạo cấp cao Việt Nam tới lãnh đạo {P} sớm thăm Việt Nam; phía {P} vui vẻ nhận lời.",
    "Sau {occ}, hai bên đã ký kết một số văn kiện hợp tác trong các lĩnh vực {field} và {field2}.",
    "Hai bên nhất trí {next_sess} sẽ diễn ra tại {next_city} vào {next_when}.",
    "Hai bên nhất trí phối hợp chuẩn bị tốt cho chuyến thăm của lãnh đạo cấp cao {P} tới Việt Nam vào tháng {m_next} tới.",
    "Việt Nam và {P} thiết lập quan hệ ngoại giao {rel_phrase}.",
    "Hai bên nhất trí phối hợp tổ chức các hoạt động kỷ niệm {nround} năm thiết lập quan hệ ngoại giao {VNP} vào năm {yround}.",
    "Cũng trong {day_part}, {vn_ref} đã tiếp xã giao {fo_ref2} và có các cuộc làm việc với đại diện một số bộ, ngành của {P}.",
    "Đây là hoạt động nằm trong chuỗi sự kiện kỷ niệm năm nay, khi hai nước kỷ niệm {nrel} năm thiết lập quan hệ ngoại giao.",
    "Hai bên cũng nhất trí triển khai hiệu quả Kế hoạch hành động giai đoạn {y}-{y4} nhằm cụ thể hóa khuôn khổ quan hệ {tier}.",
]
RELATED = ["Việt Nam - {P}: kim ngạch thương mại song phương vượt {amount} tỷ USD", "{P} coi trọng quan hệ Đối tác với Việt Nam",
           "Thúc đẩy hợp tác quốc phòng {VNP} trong giai đoạn mới", "Triển lãm ảnh kỷ niệm quan hệ ngoại giao {VNP}",
           "Doanh nghiệp {P} tìm cơ hội đầu tư tại Việt Nam", "Lãnh đạo {P} gửi điện mừng Quốc khánh Việt Nam"]

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
LATEST = dt.date(2025, 11, 20)
MAX_BYTES = 6000
EARLIEST_YEAR = 2005


def year_of(rel):
    return int(rel.rsplit("/", 1)[-1])


def sess_words(rng, n):
    """'lần thứ 8', 'lần thứ tám', 'lần thứ nhất', 'lần đầu tiên'."""
    if n == 1:
        return rng.choice(["lần thứ nhất", "lần đầu tiên", "lần thứ 1"])
    if n <= 20 and rng.random() < 0.35:
        return "lần thứ " + NUM_WORDS[n]
    return "lần thứ %d" % n


def dash(rng):
    return rng.choice([" - ", " - ", " - ", "-", " – "])


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def vn_name(rng):
    return "%s %s %s" % (rng.choice(VN_SURNAMES), rng.choice(VN_MIDDLE), rng.choice(VN_GIVEN))


def fo_name(rng, region):
    given, family, family_first = NAMES[region]
    if family_first:
        return "%s %s" % (rng.choice(family), rng.choice(given))
    return "%s %s" % (rng.choice(given), rng.choice(family))


def short_ref(name, region):
    """How a later sentence refers to someone: Vietnamese by the given name's full form, others by family name."""
    if region is None:
        return name
    given, family, family_first = NAMES[region]
    parts = name.split(" ")
    if family_first:
        return parts[0]
    for fam in family:
        if name.endswith(" " + fam):
            return fam
    return parts[-1]


class Dates:
    """The event's date and how the lead writes it."""

    FORMS = ["full_slash", "full_slash", "dash_noyear", "words", "range_full", "range_short", "slash_noyear", "slash_noyear",
             "part_yesterday", "weekday", "yesterday", "today", "part_of_day", "month_year"]

    def __init__(self, rng, year=None):
        year = year or rng.randint(EARLIEST_YEAR, 2025)
        month = rng.randint(1, 12)
        day = rng.randint(1, MONTH_DAYS[month - 1])
        start = dt.date(year, month, day)
        if start > LATEST - dt.timedelta(days=10):
            start = LATEST - dt.timedelta(days=rng.randint(10, 400))
        self.form = rng.choice(self.FORMS)
        self.start = start
        self.end = start
        if self.form in ("range_full", "range_short"):
            self.end = start + dt.timedelta(days=rng.randint(1, 3))
            if self.end.month != start.month:
                self.start = start = start - dt.timedelta(days=4)
                self.end = start + dt.timedelta(days=rng.randint(1, 3))
        if self.form in ("part_yesterday", "yesterday"):
            self.pub = start + dt.timedelta(days=1)
        elif self.form == "weekday":
            self.pub = start + dt.timedelta(days=rng.randint(1, 5))
        elif self.form == "today":
            self.pub = start
        else:
            self.pub = self.end + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))

    def lead(self, rng):
        """Date phrase for the lead, lower-case first letter; callers capitalise at a sentence start."""
        s, e = self.start, self.end
        f = self.form
        if f == "full_slash":
            if rng.random() < 0.5:
                return "ngày %02d/%02d/%d" % (s.day, s.month, s.year)
            return "ngày %d/%d/%d" % (s.day, s.month, s.year)
        if f == "dash_noyear":
            return "ngày %d-%d" % (s.day, s.month)
        if f == "words":
            return "ngày %d tháng %d năm %d" % (s.day, s.month, s.year)
        if f == "range_full":
            if rng.random() < 0.5:
                return "từ ngày %d đến %d/%d/%d" % (s.day, e.day, s.month, s.year)
            return "từ ngày %d-%d/%d/%d" % (s.day, e.day, s.month, s.year)
        if f == "range_short":
            return rng.choice(["từ %d-%d/%d", "trong hai ngày %d-%d/%d", "từ ngày %d đến %d/%d"]) % (s.day, e.day, s.month)
        if f == "slash_noyear":
            return "ngày %d/%d" % (s.day, s.month)
        if f == "part_yesterday":
            return "%s qua (%d/%d)" % (rng.choice(PARTS_OF_DAY).lower(), s.day, s.month)
        if f == "weekday":
            return "hôm " + WEEKDAYS[s.weekday()]
        if f == "yesterday":
            return "hôm qua"
        if f == "today":
            return "%s nay (%d/%d)" % (rng.choice(PARTS_OF_DAY).lower(), s.day, s.month)
        if f == "part_of_day":
            return "%s %d/%d" % (rng.choice(PARTS_OF_DAY).lower(), s.day, s.month)
        return "tháng %d/%d" % (s.month, s.year)

    def relative(self):
        return self.form in ("part_yesterday", "weekday", "yesterday", "today")


class Article:
    def __init__(self, index, seed):
        self.rng = rng = random.Random("%s:%d" % (seed, index))
        self.index = index
        p = rng.choice(PARTNER_IDX)
        (self.code, self.P, self.alts, self.capitals, self.region, self.rel, self.tiers) = PARTNERS[p]
        self.rel_year = year_of(self.rel)
        self.kind = rng.choice(KINDS)
        year = None
        if self.kind == "anniversary":
            # A round anniversary of diplomatic relations that falls within the corpus years.
            rounds = [self.rel_year + n for n in range(5, 80, 5) if EARLIEST_YEAR <= self.rel_year + n <= 2025]
            if rounds:
                year = rng.choice(rounds)
            else:
                self.kind = "talks"
        if self.kind == "ship" and self.code not in SHIPS:
            self.kind = "visit"
        self.dates = Dates(rng, year)
        self.y = self.dates.start.year
        self.vn_dash = dash(rng)

    # helpers -----------------------------------------------------------------------------
    def pname(self):
        rng = self.rng
        if self.alts and rng.random() < 0.2:
            return rng.choice(self.alts)
        return self.P

    def VNP(self):
        return "Việt Nam" + self.vn_dash + self.P

    def capital(self):
        return self.rng.choice(self.capitals)

    def venue(self, abroad):
        rng = self.rng
        if abroad:
            c = self.capital()
            return rng.choice(["tại thủ đô %s" % c, "tại %s" % c, "tại thủ đô %s, %s" % (c, self.P)])
        city = rng.choice(VN_CITIES)
        if city == "Hà Nội" and rng.random() < 0.4:
            return rng.choice(VN_VENUES)
        return "tại " + city

    # people ------------------------------------------------------------------------------
    def people(self, level):
        """(vn full mention, vn short ref, fo full mention, fo short ref)."""
        rng = self.rng
        vn = vn_name(rng)
        fo = fo_name(rng, self.region)
        P = self.pname()
        if level == "mod":
            rank, title = rng.choice(VN_DEPUTIES_MOD)
            vn_full = "%s %s, %s" % (rank, vn, title)
            vn_ref = "%s %s" % (rank, vn)
            fo_tpl, fo_short = rng.choice(FO_DEPUTIES_MOD)
            fo_title = fo_tpl.format(P=P)
        elif level == "mfa":
            t = rng.choice(VN_DEPUTIES_MFA)
            vn_full = "%s %s" % (t, vn)
            vn_ref = "Thứ trưởng %s" % vn if t.startswith("Thứ") else "Trợ lý Bộ trưởng %s" % vn
            fo_tpl, fo_short = rng.choice(FO_DEPUTIES_MFA)
            fo_title = fo_tpl.format(P=P)
        elif level == "min":
            t = rng.choice(VN_MINISTERS)
            vn_full = "%s %s" % (t, vn)
            vn_ref = "Bộ trưởng %s" % vn
            fo_tpl, fo_short = rng.choice(FO_MINISTERS)
            fo_title = fo_tpl.format(P=P)
        else:
            t = rng.choice(VN_LEADERS)
            vn_full = "%s %s" % (t, vn)
            vn_ref = "%s %s" % (t, vn)
            fo_tpl, fo_short = rng.choice(FO_LEADERS)
            fo_title = fo_tpl.format(P=P)
        if rng.random() < 0.3:
            fo_full = "%s, %s" % (fo, fo_title)
        else:
            fo_full = "%s %s" % (fo_title, fo)
        fo_ref = "%s %s" % (fo_short, short_ref(fo, self.region))
        return vn_full, vn_ref, fo_full, fo_ref, vn

    # lead and title per kind --------------------------------------------------------------
    def build_lead(self):
        rng = self.rng
        d = self.dates
        date = d.lead(rng)
        abroad = rng.random() < 0.45
        venue = self.venue(abroad)
        P = self.pname()
        VNP = self.VNP()
        kind = self.kind
        self.session = None
        self.series = None
        if kind == "dialogue":
            name, level, head = rng.choice(SERIES)
            n = rng.randint(1, 25)
            self.series, self.session = name, n
            sess = sess_words(rng, n)
            vn_full, vn_ref, fo_full, fo_ref, _ = self.people(level)
            full = "%s%s %s %s" % (head, name, VNP, sess)
            if head == "Kỳ họp " or name.startswith("Ủy ban"):
                occ = "Kỳ họp"
            elif name.startswith("Hội nghị"):
                occ = "Hội nghị"
            elif name.startswith("Tham vấn"):
                occ = "phiên tham vấn"
            else:
                occ = rng.choice(["Đối thoại", "Đối thoại", "phiên họp", "cuộc đối thoại"])
            city = venue.split("tại ", 1)[-1] if venue.startswith("tại ") else self.capital()
            title = rng.choice([
                "%s %s %s" % (name, VNP, sess),
                "%s %s %s tại %s" % (name, VNP, sess, city),
                "Việt Nam%s%s tổ chức %s %s" % (self.vn_dash, self.P, name, sess),
                "Việt%s%s %s %s" % (self.vn_dash, self.P, name.lower(), sess),
            ])
            r = rng.random()
            if d.relative() and r < 0.5:
                lead = "%s %s diễn ra %s, nhằm %s." % (full, date, venue, rng.choice(PURPOSES))
            elif r < 0.75:
                lead = "%s, %s, %s và %s đã đồng chủ trì %s." % (cap(date), venue, vn_full, fo_full, full)
            else:
                lead = "%s %s và %s %s đã đồng chủ trì %s %s, %s." % (
                    "Trong khuôn khổ chuyến công tác tại %s," % P if abroad else "Nhân chuyến thăm Việt Nam,",
                    vn_full, fo_full, date, full, venue, "nhằm " + rng.choice(PURPOSES))
            second = "%s và %s đồng chủ trì %s." % (vn_ref, fo_ref, occ)
        else:
            level = {"talks": "leader", "call": rng.choice(["leader", "min"]), "visit": rng.choice(["leader", "min"]),
                     "signing": rng.choice(["min", "mfa"]), "conference": "min", "meeting": "min",
                     "anniversary": "min", "ship": "mod"}[kind]
            vn_full, vn_ref, fo_full, fo_ref, vn = self.people(level)
            if kind == "talks":
                occ = "hội đàm"
                title = rng.choice(["%s hội đàm với %s" % (vn_ref, fo_full), "Việt Nam%s%s nhất trí làm sâu sắc hơn quan hệ song phương" % (self.vn_dash, self.P),
                                    "Hội đàm cấp cao %s" % VNP])
                lead = "%s, %s, ngay sau lễ đón chính thức, %s đã hội đàm với %s." % (cap(date), venue, vn_full, fo_full)
            elif kind == "call":
                occ = "cuộc điện đàm"
                title = rng.choice(["%s điện đàm với %s" % (vn_ref, fo_full), "Việt Nam là đối tác ưu tiên của %s tại khu vực Đông Nam Á" % self.P])
                if rng.random() < 0.5:
                    lead = "Việt Nam coi trọng và mong muốn đẩy mạnh quan hệ hữu nghị, hợp tác ngày càng thực chất, hiệu quả với %s. Đây là khẳng định của %s tại cuộc điện đàm %s với %s." % (
                        P, vn_full, date, fo_full)
                else:
                    lead = "%s, %s đã điện đàm với %s để trao đổi về quan hệ song phương và các vấn đề cùng quan tâm." % (cap(date), vn_full, fo_full)
            elif kind == "visit":
                occ = "chuyến thăm"
                what = rng.choice(["thăm chính thức", "thăm cấp Nhà nước", "thăm làm việc"])
                if abroad:
                    title = "%s %s %s" % (vn_ref, what, self.P)
                    lead = "%s, %s %s %s theo lời mời của %s." % (cap(date), vn_full, what, P, fo_full)
                else:
                    title = "%s %s Việt Nam" % (fo_full, what)
                    lead = "%s, %s %s Việt Nam theo lời mời của %s." % (cap(date), fo_full, what, vn_full)
            elif kind == "signing":
                occ = "lễ ký"
                field = rng.choice(FIELDS)
                title = "Việt Nam và %s ký Bản ghi nhớ hợp tác %s" % (self.P, field)
                lead = "%s, %s, %s và %s đã ký kết Bản ghi nhớ về hợp tác %s giữa hai nước." % (cap(date), venue, vn_full, fo_full, field)
            elif kind == "conference":
                occ = rng.choice(["hội nghị", "diễn đàn", "hội thảo"])
                nm = rng.choice(["Diễn đàn Doanh nghiệp %s" % VNP, "Hội thảo hợp tác kinh tế %s" % VNP, "Hội nghị xúc tiến thương mại và đầu tư %s" % VNP])
                title = "%s năm %d" % (nm, self.y)
                lead = "%s, %s, Bộ Công Thương phối hợp với Đại sứ quán %s tại Việt Nam tổ chức %s với sự tham dự của %s và %s." % (
                    cap(date), venue, P, nm, vn_full, fo_full)
            elif kind == "meeting":
                occ = "buổi tiếp"
                amb = fo_name(rng, self.region)
                title = "%s tiếp Đại sứ %s chào từ biệt" % (vn_ref, self.P)
                lead = "%s, %s, %s đã tiếp Đại sứ %s tại Việt Nam %s đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác." % (
                    cap(date), rng.choice(VN_VENUES), vn_full, P, amb)
                fo_ref = "Đại sứ %s" % short_ref(amb, self.region)
            elif kind == "anniversary":
                occ = "buổi lễ"
                y = self.y
                n = y - self.rel_year
                title = "Lễ kỷ niệm %d năm thiết lập quan hệ ngoại giao %s" % (n, VNP)
                org = ("Đại sứ quán Việt Nam tại %s phối hợp với Hội hữu nghị %s - Việt Nam" % (P, self.P) if abroad else
                       "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) phối hợp với Đại sứ quán %s tại Việt Nam" % P)
                lead = "%s, %s, %s tổ chức Lễ kỷ niệm %d năm thiết lập quan hệ ngoại giao %s (%d - %d)." % (
                    cap(date), venue, org, n, VNP, self.rel_year, y)
            else:  # ship
                occ = "chuyến thăm"
                ship = rng.choice(SHIPS[self.code])
                title = "Tàu Hải quân %s %s thăm Việt Nam" % (self.P, ship)
                lead = "%s, tàu %s của Hải quân %s đã cập %s, bắt đầu chuyến thăm hữu nghị kéo dài %d ngày." % (
                    cap(date), ship, P, rng.choice(PORTS), rng.randint(3, 5))
            second = "%s và %s đã trao đổi thẳng thắn, cởi mở về quan hệ song phương." % (vn_ref, fo_ref)
        self.title = title
        self.occ = occ
        self.vn_ref = vn_ref
        self.fo_ref = fo_ref
        return lead, second

    def slots(self):
        rng = self.rng
        y = self.y
        y1 = max(1990, y - rng.randint(1, 12))
        nrel = max(1, y - self.rel_year)
        tier, tier_year = (rng.choice(self.tiers) if self.tiers else ("hữu nghị và hợp tác nhiều mặt", None))
        nround = ((y - self.rel_year) // 5 + 1) * 5
        if self.session:
            nxt = self.session + 1
            next_sess = "%s %s" % (self.series, sess_words(rng, nxt))
        else:
            next_sess = "kỳ họp tiếp theo của Ủy ban hỗn hợp"
        when = rng.choice(["năm %d" % (y + 1), "tháng %d tới" % rng.randint(1, 12), "cuối năm %d" % y, "năm nay", "đầu năm %d" % (y + 1)])
        rel = self.rel
        rel_phrase = ("ngày " + rel) if "/" in rel else ("năm " + rel)
        return {
            "P": self.P, "VNP": self.VNP(), "vn_ref": self.vn_ref, "fo_ref": self.fo_ref, "fo_ref2": "%s %s" % (
                rng.choice(["Thủ tướng", "Bộ trưởng Ngoại giao", "Chủ tịch Quốc hội", "Phó Thủ tướng"]), fo_name(rng, self.region)),
            "occ": self.occ, "y": y, "y1": y1, "y2": max(y1, y - 1), "y3": y + rng.randint(2, 6), "y4": y + rng.randint(2, 5),
            "m1": rng.randint(1, 12), "m_next": rng.randint(1, 12), "amount": rng.randint(2, 30), "pct": rng.randint(3, 35),
            "proj": rng.randint(20, 900), "nrel": nrel, "nround": nround, "yround": self.rel_year + nround,
            "field": rng.choice(FIELDS), "field2": rng.choice(FIELDS), "next_sess": next_sess,
            "next_city": rng.choice(["Hà Nội", self.capital(), "Đà Nẵng"]), "next_when": when, "rel_phrase": rel_phrase,
            "tier": "%s (ký năm %d)" % (tier, tier_year) if tier_year and rng.random() < 0.5 else tier,
            "day_part": rng.choice(["ngày", "chiều cùng ngày", "thời gian ở %s" % self.capital(), "chuyến công tác"]),
        }

    def milestone_sentence(self, s):
        """A relations milestone or a planned session mentioned in passing; never the same one twice."""
        rng = self.rng
        y = self.y
        choices = [
            "Hai bên đánh giá cao kết quả chuyến thăm chính thức Việt Nam của {fo_ref2} cuối năm {y2}, coi đây là động lực quan trọng cho giai đoạn phát triển mới của quan hệ song phương.",
            "Hai bên vui mừng ghi nhận quan hệ song phương phát triển mạnh mẽ kể từ khi hai nước thiết lập khuôn khổ {tier}.",
            "Hai bên nhất trí phối hợp chuẩn bị các hoạt động hướng tới kỷ niệm {nround} năm thiết lập quan hệ ngoại giao {VNP} vào năm {yround}.",
            "Hai bên nhất trí tiếp tục triển khai các lĩnh vực hợp tác theo Bản ghi nhớ hợp tác {field} ký năm {y1} và Tuyên bố Tầm nhìn chung năm {y2}.",
        ]
        if self.kind in ("visit", "talks", "anniversary"):
            choices.append("Chuyến thăm có ý nghĩa đặc biệt khi năm nay hai nước kỷ niệm {nrel} năm thiết lập quan hệ ngoại giao.")
        if self.session:
            choices.append("Theo kế hoạch, {next_sess} sẽ diễn ra tại {next_city} vào {next_when}.")
            if self.session > 1:
                choices.append("Đây là lần đầu tiên cơ chế này được nối lại sau {gap} năm, kể từ phiên họp lần thứ {prev} tổ chức tại {next_city} năm {yprev}.")
        if self.tiers:
            t, ty = rng.choice(self.tiers)
            if ty < y:
                choices.append("Hai bên vui mừng nhận thấy sau %d năm thiết lập quan hệ %s vào năm %d, quan hệ %s đang phát triển hiệu quả và toàn diện." % (
                    y - ty, t, ty, s["VNP"]))
                if (y - ty) % 5 == 0:
                    choices.append("Năm nay, hai nước kỷ niệm %d năm thiết lập quan hệ %s (%d - %d)." % (y - ty, t, ty, y))
        choices = [c for c in choices if c not in self.used]
        if not choices:
            return ""
        c = rng.choice(choices)
        self.used.add(c)
        gap = rng.randint(2, 6)
        return c.format(**dict(s, gap=gap, prev=(self.session or 2) - 1, yprev=y - gap))

    # whole article -----------------------------------------------------------------------
    def render(self):
        rng = self.rng
        self.used = set()
        lead, second = self.build_lead()
        s = self.slots()
        target = rng.randint(2100, 5400)
        fm = rng.random()
        style = "plain" if fm < 0.5 else ("md" if fm < 0.75 else "fmtxt")
        md = style == "md"
        messy = rng.random() < 0.55
        agency = rng.choice(AGENCIES)
        assess = rng.sample(ASSESS, 3)

        # Paragraphs: lead, context, assessment, topics, closing.
        if rng.random() < 0.4:
            lead = rng.choice(CREDITS) + lead
        lead_para = lead + " " + second
        if rng.random() < 0.5:
            lead_para += " " + rng.choice(ATTEND).format(**s)
        paras = [lead_para]
        if rng.random() < 0.6:
            paras.append((self.milestone_sentence(s) + " " + assess[0].format(**s)).strip())
        paras.append((assess[1] + " " + assess[2]).format(**s))
        closing = rng.sample(CLOSING, 2)
        tail = " ".join(c.format(**s) for c in closing)
        body_len = sum(len(p.encode()) for p in paras) + len(tail.encode()) + len(self.title.encode())
        topic_paras = []
        for t in rng.sample(TOPIC_KEYS, 7):
            if body_len >= target:
                break
            bank = TOPICS[t]
            k = min(len(bank), rng.randint(2, 4))
            para = " ".join(rng.sample(bank, k)).format(**s)
            if rng.random() < 0.3:
                para = (para + " " + self.milestone_sentence(s)).rstrip()
            if md and rng.random() < 0.2:
                items = rng.sample(bank, min(len(bank), 3))
                para = "Những nội dung chính được trao đổi tại %s:\n\n" % self.occ + "\n".join(
                    "- " + i.format(**s).rstrip(".") + ";" for i in items)
            topic_paras.append(para)
            body_len += len(para.encode()) + 2

        # Messiness of scraped text and layout, decided once.
        m = {k: False for k in ("glued_title", "dup_lead", "share", "photo", "related", "endmark", "glue", "feedback", "byline")}
        if messy:
            m["glued_title"] = style != "md" and rng.random() < 0.25
            m["dup_lead"] = rng.random() < 0.2
            m["share"] = rng.choice(["Chia sẻ", "Chia sẻ", "Phản hồi", "Bình luận"]) if rng.random() < 0.35 else False
            m["photo"] = rng.random() < 0.3
            m["related"] = rng.choice(RELATED).format(**s) if rng.random() < 0.3 else False
            m["endmark"] = rng.random() < 0.35
            m["glue"] = rng.random() < 0.4
            m["feedback"] = rng.random() < 0.2
            m["byline"] = rng.choice(BYLINES).format(cap=self.capital()) if rng.random() < 0.25 else False
        photo_src = rng.choice(["TTXVN", "VOV", "BNG", agency])
        glue_at, glue_n = rng.random(), rng.randint(1, 3)
        subhead = rng.choice(["Nhiều kết quả tích cực", "Hướng tới quan hệ thực chất, hiệu quả hơn",
                              "Mở rộng hợp tác trên các lĩnh vực mới", "Tăng cường tin cậy chính trị"]) if md and rng.random() < 0.3 else None
        bold = md and self.series and rng.random() < 0.5
        source_link = "Nguồn: [%s](https://%s/bai-viet-%d.html)" % (agency, rng.choice(SITES), 100000 + self.index) if md and rng.random() < 0.3 else None
        sep = "\n\n" if md else rng.choice(["\n", "\n", "\n\n"])
        no_title = style == "plain" and not m["glued_title"] and rng.random() < 0.08
        fm_title = md or rng.random() < 0.5
        fm_date = rng.random() < 0.9

        def layout(topic_paras):
            lines = paras + topic_paras + [tail]
            title = self.title
            if m["dup_lead"]:
                lines.insert(1, paras[0])
            if m["share"]:
                lines.insert(1 + int(m["dup_lead"]), m["share"])
            if m["photo"]:
                lines.insert(min(len(lines) - 1, 3), "%s - ảnh 1%s và %s tại %s. Ảnh: %s" % (title, self.vn_ref, self.fo_ref, self.occ, photo_src))
            if m["related"]:
                lines.insert(min(len(lines) - 1, 4), "[%s]" % m["related"])
            if m["endmark"]:
                lines[-1] = lines[-1] + "/."
            if m["glue"]:
                i = int(glue_at * len(lines))
                lines[i] = lines[i].replace(". ", ".", glue_n)
            if m["feedback"]:
                lines.append("Phản hồi")
            if m["byline"]:
                lines.append(m["byline"])
            if md:
                if subhead and len(lines) > 4:
                    lines.insert(3, "## " + subhead)
                if bold:
                    named = "%s %s" % (self.series, self.VNP())
                    lines[0] = lines[0].replace(named, "**%s**" % named, 1)
                if source_link:
                    lines.append(source_link)
                body = "# " + title + "\n\n" + sep.join(lines) + "\n"
            elif m["glued_title"]:
                body = title + sep.join(lines) + "\n"
            elif no_title:
                body = sep.join(lines) + "\n"
            else:
                body = title + sep + sep.join(lines) + "\n"
            if style == "plain":
                return body
            fm_lines = ["---"]
            if fm_title:
                fm_lines.append("title: " + yaml_str(title))
            if fm_date:
                fm_lines.append("date: %s" % self.dates.pub.isoformat())
            fm_lines.append("source: " + yaml_str(agency))
            fm_lines.append("---")
            return "\n".join(fm_lines) + "\n" + body

        text = layout(topic_paras)
        # Keep every article within 2-6 KB: drop topic paragraphs while it is too long.
        while len(text.encode()) > MAX_BYTES and topic_paras:
            topic_paras.pop()
            text = layout(topic_paras)
        ext = ".md" if md else ".txt"
        return ext, text


def yaml_str(s):
    if any(c in s for c in ':#"\'[]{},&*!|>%@`') or s != s.strip():
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


KINDS = ["dialogue"] * 5 + ["talks"] * 2 + ["call"] * 2 + ["visit"] * 2 + ["signing", "conference", "meeting", "anniversary", "ship"]
PARTNER_IDX = list(range(len(PARTNERS)))


def article(index, seed):
    a = Article(index, seed)
    ext, text = a.render()
    return ext, text.encode("utf-8")


def name_width(count):
    return max(6, len(str(max(0, count - 1))))


def dir_width(count):
    return max(3, len(str(max(0, count - 1) // 1000)))


def write_chunk(args):
    seed, out, lo, hi, nw, dw = args
    folder = os.path.join(out, "%0*d" % (dw, lo // 1000))
    os.makedirs(folder, exist_ok=True)
    total = 0
    for i in range(lo, hi):
        ext, data = article(i, seed)
        with open(os.path.join(folder, "a%0*d%s" % (nw, i, ext)), "wb") as f:
            f.write(data)
        total += len(data)
    return total


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of articles")
    ap.add_argument("--out", required=True, help="output folder (created; existing article files are overwritten)")
    ap.add_argument("--seed", default="1", help="seed (default 1)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (output does not depend on it)")
    args = ap.parse_args(argv)
    if args.count < 0:
        ap.error("--count must be >= 0")
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    nw, dw = name_width(args.count), dir_width(args.count)
    chunks = [(args.seed, args.out, lo, min(lo + 1000, args.count), nw, dw) for lo in range(0, args.count, 1000)]
    if args.jobs > 1 and len(chunks) > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as ex:
            total = sum(ex.map(write_chunk, chunks))
    else:
        total = sum(map(write_chunk, chunks))
    print("generated %d articles (%.1f MB) in %s in %.1f s" % (args.count, total / 1e6, args.out, time.time() - t0), file=sys.stderr)


if __name__ == "__main__":
    main()
