"""Each of otg's own phrases in Russian and Kazakh, pinned: a phrase without a translation would be
printed in English, and a changed phrase is a change a native editor should see in review.

The tables are data (src/otg_cli/phrases/LANG.toml); this test says what they must hold, word for
word, and that every phrase the code asks for exists in both languages with the same {fields}.
"""

from __future__ import annotations

import string
from pathlib import Path
from typing import get_args

import pytest

from otg_cli import i18n

SOURCE = Path(__file__).resolve().parents[1] / "src" / "otg_cli"

EN: dict[str, str] = {
    "LEGEND": "≈ about · > more than · < less than · ≤ at most · 'almost' as the source says",
    "figures within {year}": "figures within {year}",
    "figures within {period}": "figures within {period}",
    "{span}, cumulative": "{span}, cumulative",
    "cumulative to end of {year} (start not stated)": "cumulative to end-{year} (start not stated)",
    "cumulative to {day} (start not stated)": "cumulative to {day} (start not stated)",
    "as of {day}": "as of {day}",
    "date not stated (reported {day})": "date not stated (reported {day})",
    "Search: {query}": "Search: {query}",
    "Facts ({measures})": "Facts ({measures})",
    "no event matches {text}. Events in the fact base:": "no event matches '{text}'. Events in the fact base:",
    "no event matches {text}; run `otg events` for all": "no event matches '{text}'; run `otg events` for all",
    "nothing matches {text}": "nothing matches '{text}'",
    "event {text}": "event '{text}'",
    "country {text}": "country '{text}'",
    "no record with id {key}": "no record with id '{key}'",
    "unknown measure {text}; accepted: {accepted}": "unknown measure '{text}'; accepted: {accepted}",
    "unknown country or group {text}; accepted: {accepted}": "unknown country or group '{text}'; accepted: {accepted}",
    "invalid period {text}; accepted: {accepted}": "invalid period '{text}'; accepted: {accepted}",
    "invalid period {text}: it ends before it starts": "invalid period '{text}': it ends before it starts",
    "{full} full year   {partial} part of a year or other period; bars share one scale": "{full} full year   {partial} part of a year or other period; bars share one scale",
    "Not drawn (no value or not in USD): {ids}": "Not drawn (no value or not in USD): {ids}",
}

RU: dict[str, str] = {
    "Figure": "Показатель",
    "Period": "Период",
    "Value": "Значение",
    "Change": "Изменение",
    "Source": "Источник",
    "Parties": "Стороны",
    "Target": "Цель",
    "Deadline": "Срок",
    "Progress (derived)": "Прогресс (расчёт otg)",
    "Status": "Статус",
    "Agreement, document or decision": "Соглашение, документ или решение",
    "Event": "Событие",
    "Place": "Место",
    "Date": "Дата",
    "Agreements": "Соглашения",
    "Outlet": "Издание",
    "Published": "Дата публикации",
    "Lang": "Язык",
    "Title or subject": "Заголовок или тема",
    "Kind": "Тип",
    "What": "Что",
    "Where it matched": "Где найдено",
    "Derived value": "Расчётное значение",
    "Formula": "Формула",
    "Note": "Примечание",
    "Turnover": "Товарооборот",
    "Facts": "Факты",
    "Facts ({measures})": "Факты ({measures})",
    "Targets": "Цели",
    "Events": "События",
    "Sources": "Источники",
    "Quotes": "Цитаты",
    "Participants": "Участники",
    "Search: {query}": "Поиск: {query}",
    "Derived by otg: no source states these figures": "Расчёты otg: этих цифр нет ни в одном источнике",
    "Each is computed from the facts listed; otg show ID for their quotes.": "Каждая цифра рассчитана из указанных фактов; цитаты: otg show ID.",
    "all parties": "все стороны",
    "figures within {year}": "данные за {year} год",
    "figures within {period}": "данные за период {period}",
    "not stated": "не указано",
    "date not stated": "дата не указана",
    "period not stated": "период не указан",
    "place not stated": "место не указано",
    "year not stated": "год не указан",
    "date not stated (reported {day})": "дата не указана (сообщено {day})",
    "sources disagree": "источники расходятся",
    "Sources disagree": "Источники расходятся",
    "found by otg: the figures share no value": "выявлено otg: цифры не совпадают ни в одном значении",
    "full year": "полный год",
    "full years": "полные годы",
    "part year": "часть года",
    "mo": "мес.",
    "cumulative": "нарастающим итогом",
    "level": "уровень",
    "{span}, cumulative": "{span}, нарастающим итогом",
    "cumulative to end of {year} (start not stated)": "нарастающим итогом на конец {year} г. (начало не указано)",
    "cumulative to {day} (start not stated)": "нарастающим итогом на {day} (начало не указано)",
    "as of {day}": "на {day}",
    "no comparable figure": "нет сопоставимых данных",
    "also": "также",
    "from": "факт:",
    "proposed by": "инициатор:",
    "Not tied to an event in the sources": "В источниках не привязано к событию",
    "LEGEND": "≈ около · > более · < менее · ≤ не более · «почти» — как в источнике",
    "Quotes and notes: otg show ID": "Цитаты и примечания: otg show ID",
    "or --quotes": "или --quotes",
    "Progress is derived by otg from the latest comparable figure, not stated by a source.": "Прогресс рассчитан otg по последним сопоставимым данным; в источниках его нет.",
    "signed": "подписано",
    "approved": "одобрено",
    "concluded": "заключено",
    "agreed": "согласовано",
    "agreed to consider": "договорились рассмотреть",
    "decided": "принято решение",
    "appointed": "назначен",
    "transferred": "передано",
    "Verdict: ": "Вердикт: ",
    "Claim understood: ": "Как понято утверждение: ",
    "supported": "подтверждается",
    "not established": "не установлено",
    "conflicting": "источники расходятся",
    "contradicted": "опровергается",
    "period mismatch": "другой период",
    "not found": "не найдено",
    "unreadable": "не удалось разобрать",
    "The sources themselves disagree on this figure; cite both.": "Сами источники расходятся в этой цифре; приводите обе.",
    "parties": "стороны",
    "none found": "не найдены",
    "indicator": "показатель",
    "period": "период",
    "amount": "сумма",
    "read": "прочитано",
    "no figures for {who}{within}. The fact base has figures for: {known}": "нет данных: {who}{within}. В базе есть данные: {known}",
    "no {measures} figures for {who}{within}. The fact base has {measures} figures for: {known}": "нет данных ({measures}): {who}{within}. В базе есть данные ({measures}): {known}",
    " within {period}": ", период: {period}",
    "no event matches {text}. Events in the fact base:": "нет события «{text}». События в базе:",
    "no event matches {text}; run `otg events` for all": "нет события «{text}»; все события: otg events",
    "otg derives no figure for these parties and period": "otg не рассчитывает цифр для этих сторон и периода",
    "nothing matches {text}": "ничего не найдено по запросу «{text}»",
    "no targets for {asked}": "нет целей для: {asked}",
    "no record with id {key}": "нет записи с id «{key}»",
    "; did you mean {close}?": "; возможно, имелось в виду {close}?",
    "no agreements match {asked}": "нет соглашений: {asked}",
    "event {text}": "событие «{text}»",
    "country {text}": "страна «{text}»",
    "no headline": "без заголовка",
    "instrumental AZ": "Азербайджаном",
    "instrumental KG": "Кыргызстаном",
    "instrumental TM": "Туркменистаном",
    "instrumental TR": "Турцией",
    "instrumental UZ": "Узбекистаном",
    "instrumental HU": "Венгрией",
    "error: ": "ошибка: ",
    "unknown measure {text}; accepted: {accepted}": "неизвестный показатель «{text}»; допустимые: {accepted}",
    "unknown country or group {text}; accepted: {accepted}": "неизвестная страна или группа «{text}»; допустимы: {accepted}",
    "invalid period {text}; accepted: {accepted}": "неверный период «{text}»; допустимые формы: {accepted}",
    "invalid period {text}: it ends before it starts": "неверный период «{text}»: он заканчивается раньше, чем начинается",
    "an ISO 3166-1 code (KZ, KAZ), a country name in English, Russian or Kazakh (Uzbekistan, Узбекистан, Өзбекстан), or a group (OTS, ОТГ, ТМҰ, 'Turkic states')": "код ISO 3166-1 (KZ, KAZ), название страны на английском, русском или казахском (Uzbekistan, Узбекистан, Өзбекстан) или группа (OTS, ОТГ, ТМҰ, «тюркские государства»)",
    "2025, 2025-03, 2025-Q3, 2025-H1, 2025-03-15, or a range such as 2025-01..2025-08": "2025, 2025-03, 2025-Q3, 2025-H1, 2025-03-15 или диапазон, например 2025-01..2025-08",
    "change": "изменение",
    "target": "цель",
    "deadline": "срок",
    "subject": "предмет",
    "proposer": "инициатор",
    "place": "место",
    "date": "дата",
    "ordinal": "порядковый номер",
    "transfer": "передача",
    "membership": "членство",
    "participant": "участник",
    "number": "число",
    "detail": "подробность",
    "action": "действие",
    "nothing done": "действие не названо",
    "by": "кто:",
    "no.": "№",
    "role": "роль",
    "proposed": "предложено",
    "offered": "предложено",
    "planned": "запланировано",
    "intended": "намечено",
    "presented": "представлено",
    "under discussion": "обсуждается",
    "in progress": "в работе",
    "confirmed": "подтверждено",
    "not {action}": "не {action}",
    "action discussed": "обсуждение",
    "action proposed": "предложение",
    "action considered": "договорённость рассмотреть",
    "action agreed": "договорённость",
    "action signed": "подписание",
    "turnover": "товарооборот",
    "exports": "экспорт",
    "imports": "импорт",
    "trade balance": "торговое сальдо",
    "investment inflow": "приток инвестиций",
    "investment outflow": "вложения за рубежом",
    "companies": "компании",
    "joint ventures": "совместные предприятия",
    "freight": "грузоперевозки",
    "population": "население",
    "trade share": "доля в торговле",
    "export offer": "экспортное предложение",
    "investment projects": "инвестиционные проекты",
    "trade contracts": "торговые контракты",
    "construction": "строительство",
    "target progress": "выполнение цели",
    "or": "или",
    "Turnover minus exports; no source states this figure.": "Товарооборот минус экспорт; ни один источник не приводит эту цифру.",
    "The source gives only the change of imports ({fact}).": "Источник приводит только изменение импорта ({fact}).",
    "otg's sum of {country}'s bilateral figures with other members, shown next to the stated total {total}; the sources do not say how the two relate.": "Рассчитанная otg сумма двусторонних показателей {country} с другими членами, рядом с заявленным итогом {total}; источники не говорят, как они соотносятся.",
    "Where sources disagree, the first was used (not {ids}).": "Где источники расходятся, взята первая цифра (а не {ids}).",
    "Progress toward a stated target from the latest comparable figure.": "Выполнение заявленной цели по последним сопоставимым данным.",
    "Sources disagree on that figure: {others}.": "Источники расходятся в этой цифре: {others}.",
    "{amount} from {fact}": "{amount} по {fact}",
    "{first} vs {second}": "{first} и {second}",
    "Details": "Подробности",
    "Fields": "Поля",
    "Notes": "Примечания",
    "value not stated": "значение не указано",
    "{full} full year   {partial} part of a year or other period; bars share one scale": "{full} полный год   {partial} часть года или иной период; шкала у столбцов общая",
    "Not drawn (no value or not in USD): {ids}": "Не показаны (нет значения или не в долларах США): {ids}",
    "bundled fact base: {count} sources": "встроенная база фактов: источников — {count}",
    "bundled fact base: {count} sources, the newest published {date}": "встроенная база фактов: источников — {count}, самый свежий опубликован {date}",
    "no figures for {who}{within}. Closest figures: {figures}": "нет данных: {who}{within}. Ближайшие данные: {figures}",
    "no {measures} figures for {who}{within}. Closest figures: {figures}": "нет данных ({measures}): {who}{within}. Ближайшие данные: {figures}",
}

KK: dict[str, str] = {
    "Figure": "Көрсеткіш",
    "Period": "Кезең",
    "Value": "Мәні",
    "Change": "Өзгеріс",
    "Source": "Дереккөз",
    "Parties": "Тараптар",
    "Target": "Мақсат",
    "Deadline": "Мерзімі",
    "Progress (derived)": "Орындалуы (otg есебі)",
    "Status": "Мәртебесі",
    "Agreement, document or decision": "Келісім, құжат немесе шешім",
    "Event": "Оқиға",
    "Place": "Орны",
    "Date": "Күні",
    "Agreements": "Келісімдер",
    "Outlet": "Басылым",
    "Published": "Жарияланған күні",
    "Lang": "Тілі",
    "Title or subject": "Тақырыбы",
    "Kind": "Түрі",
    "What": "Не",
    "Where it matched": "Қай жерден табылды",
    "Derived value": "Есептелген мән",
    "Formula": "Формула",
    "Note": "Ескертпе",
    "Turnover": "Тауар айналымы",
    "Facts": "Деректер",
    "Facts ({measures})": "Деректер ({measures})",
    "Targets": "Мақсаттар",
    "Events": "Оқиғалар",
    "Sources": "Дереккөздер",
    "Quotes": "Дәйексөздер",
    "Participants": "Қатысушылар",
    "Search: {query}": "Іздеу: {query}",
    "Derived by otg: no source states these figures": "otg есептері: бұл сандар ешбір дереккөзде жоқ",
    "Each is computed from the facts listed; otg show ID for their quotes.": "Әр сан көрсетілген деректерден есептелді; дәйексөздері: otg show ID.",
    "all parties": "барлық тараптар",
    "figures within {year}": "{year} жылғы деректер",
    "figures within {period}": "{period} кезеңіндегі деректер",
    "not stated": "көрсетілмеген",
    "date not stated": "күні көрсетілмеген",
    "period not stated": "кезеңі көрсетілмеген",
    "place not stated": "орны көрсетілмеген",
    "year not stated": "жылы көрсетілмеген",
    "date not stated (reported {day})": "күні көрсетілмеген (хабар: {day})",
    "sources disagree": "дереккөздер сәйкес келмейді",
    "Sources disagree": "Дереккөздер сәйкес келмейді",
    "found by otg: the figures share no value": "otg анықтады: сандардың бірде-бір мәні сәйкес келмейді",
    "full year": "толық жыл",
    "full years": "толық жылдар",
    "part year": "жылдың бір бөлігі",
    "mo": "ай",
    "cumulative": "жинақталған",
    "level": "деңгей",
    "{span}, cumulative": "{span}, жинақталған",
    "cumulative to end of {year} (start not stated)": "{year} жылдың соңына дейін жинақталған (басы көрсетілмеген)",
    "cumulative to {day} (start not stated)": "{day} бойынша жинақталған (басы көрсетілмеген)",
    "as of {day}": "{day} бойынша",
    "no comparable figure": "салыстыруға келетін дерек жоқ",
    "also": "сондай-ақ",
    "from": "дерек:",
    "proposed by": "бастамашы:",
    "Not tied to an event in the sources": "Дереккөздерде ешбір оқиғамен байланыстырылмаған",
    "LEGEND": "≈ шамамен · > астам · < кем · ≤ аспайды · «жуық» — дереккөздегідей",
    "Quotes and notes: otg show ID": "Дәйексөздер мен ескертпелер: otg show ID",
    "or --quotes": "немесе --quotes",
    "Progress is derived by otg from the latest comparable figure, not stated by a source.": "Орындалуын otg соңғы салыстыруға келетін дерек бойынша есептеді; дереккөздерде ол жоқ.",
    "signed": "қол қойылды",
    "approved": "мақұлданды",
    "concluded": "жасалды",
    "agreed": "келісілді",
    "agreed to consider": "қарауға келісті",
    "decided": "шешім қабылданды",
    "appointed": "тағайындалды",
    "transferred": "берілді",
    "Verdict: ": "Қорытынды: ",
    "Claim understood: ": "Тұжырым былай түсінілді: ",
    "supported": "расталады",
    "not established": "анықталмады",
    "conflicting": "дереккөздер сәйкес келмейді",
    "contradicted": "теріске шығарылады",
    "period mismatch": "басқа кезең",
    "not found": "табылмады",
    "unreadable": "талдау мүмкін болмады",
    "The sources themselves disagree on this figure; cite both.": "Бұл сан бойынша дереккөздердің өздері сәйкес келмейді; екеуін де келтіріңіз.",
    "parties": "тараптар",
    "none found": "табылмады",
    "indicator": "көрсеткіш",
    "period": "кезең",
    "amount": "сомасы",
    "read": "оқылды",
    "no figures for {who}{within}. The fact base has figures for: {known}": "дерек жоқ: {who}{within}. Базада деректер бар: {known}",
    "no {measures} figures for {who}{within}. The fact base has {measures} figures for: {known}": "дерек жоқ ({measures}): {who}{within}. Базада деректер бар ({measures}): {known}",
    " within {period}": ", кезең: {period}",
    "no event matches {text}. Events in the fact base:": "«{text}» оқиғасы табылмады. Базадағы оқиғалар:",
    "no event matches {text}; run `otg events` for all": "«{text}» оқиғасы табылмады; барлық оқиғалар: otg events",
    "otg derives no figure for these parties and period": "otg бұл тараптар мен кезең үшін ешбір сан есептемейді",
    "nothing matches {text}": "«{text}» бойынша ештеңе табылмады",
    "no targets for {asked}": "мақсаттар табылмады: {asked}",
    "no record with id {key}": "id-і «{key}» болатын жазба жоқ",
    "; did you mean {close}?": "; мүмкін, {close} болар?",
    "no agreements match {asked}": "келісімдер табылмады: {asked}",
    "event {text}": "«{text}» оқиғасы",
    "country {text}": "«{text}» елі",
    "no headline": "тақырыпсыз",
    "error: ": "қате: ",
    "unknown measure {text}; accepted: {accepted}": "«{text}» деген көрсеткіш жоқ; қабылданатындары: {accepted}",
    "unknown country or group {text}; accepted: {accepted}": "«{text}» деген ел немесе топ жоқ; қабылданатындары: {accepted}",
    "invalid period {text}; accepted: {accepted}": "«{text}» кезеңі қате; қабылданатын түрлері: {accepted}",
    "invalid period {text}: it ends before it starts": "«{text}» кезеңі қате: ол басталмай тұрып аяқталады",
    "an ISO 3166-1 code (KZ, KAZ), a country name in English, Russian or Kazakh (Uzbekistan, Узбекистан, Өзбекстан), or a group (OTS, ОТГ, ТМҰ, 'Turkic states')": "ISO 3166-1 коды (KZ, KAZ), елдің ағылшынша, орысша немесе қазақша атауы (Uzbekistan, Узбекистан, Өзбекстан) не топ (OTS, ОТГ, ТМҰ, «түркі мемлекеттері»)",
    "2025, 2025-03, 2025-Q3, 2025-H1, 2025-03-15, or a range such as 2025-01..2025-08": "2025, 2025-03, 2025-Q3, 2025-H1, 2025-03-15 немесе аралық, мысалы 2025-01..2025-08",
    "change": "өзгеріс",
    "target": "мақсат",
    "deadline": "мерзімі",
    "subject": "мәні",
    "proposer": "бастамашы",
    "place": "орны",
    "date": "күні",
    "ordinal": "реттік нөмірі",
    "transfer": "беру",
    "membership": "мүшелік",
    "participant": "қатысушы",
    "number": "сан",
    "detail": "егжей",
    "action": "әрекет",
    "nothing done": "әрекет аталмаған",
    "by": "кім:",
    "no.": "№",
    "role": "рөлі",
    "proposed": "ұсынылды",
    "offered": "ұсынылды",
    "planned": "жоспарланды",
    "intended": "көзделді",
    "presented": "таныстырылды",
    "under discussion": "талқылануда",
    "in progress": "жүзеге асырылуда",
    "confirmed": "расталды",
    "not {action}": "{action} емес",
    "action discussed": "талқылау",
    "action proposed": "ұсыныс",
    "action considered": "қарауға келісу",
    "action agreed": "келісу",
    "action signed": "қол қою",
    "turnover": "тауар айналымы",
    "exports": "экспорт",
    "imports": "импорт",
    "trade balance": "сауда сальдосы",
    "investment inflow": "инвестиция ағыны",
    "investment outflow": "шетелге салынған инвестиция",
    "companies": "компаниялар",
    "joint ventures": "бірлескен кәсіпорындар",
    "freight": "жүк тасымалы",
    "population": "халық саны",
    "trade share": "саудадағы үлес",
    "export offer": "экспорттық ұсыныс",
    "investment projects": "инвестициялық жобалар",
    "trade contracts": "сауда келісімшарттары",
    "construction": "құрылыс",
    "target progress": "мақсаттың орындалуы",
    "or": "немесе",
    "Turnover minus exports; no source states this figure.": "Тауар айналымынан экспорт шегерілді; бұл санды ешбір дереккөз келтірмейді.",
    "The source gives only the change of imports ({fact}).": "Дереккөз импорттың тек өзгерісін келтіреді ({fact}).",
    "otg's sum of {country}'s bilateral figures with other members, shown next to the stated total {total}; the sources do not say how the two relate.": "{country} елінің басқа мүшелермен екіжақты көрсеткіштерінің otg есептеген қосындысы, жарияланған жиынтық {total} қасында берілді; дереккөздер олардың арақатынасын айтпайды.",
    "Where sources disagree, the first was used (not {ids}).": "Дереккөздер сәйкес келмеген жерде біріншісі алынды ({ids} емес).",
    "Progress toward a stated target from the latest comparable figure.": "Жарияланған мақсаттың орындалуы соңғы салыстыруға келетін дерек бойынша есептелді.",
    "Sources disagree on that figure: {others}.": "Бұл сан бойынша дереккөздер сәйкес келмейді: {others}.",
    "{amount} from {fact}": "{amount} ({fact} бойынша)",
    "{first} vs {second}": "{first} және {second}",
    "Details": "Толығырақ",
    "Fields": "Өрістер",
    "Notes": "Ескертпелер",
    "value not stated": "мәні көрсетілмеген",
    "{full} full year   {partial} part of a year or other period; bars share one scale": "{full} толық жыл   {partial} жылдың бір бөлігі не басқа кезең; бағандардың шкаласы ортақ",
    "Not drawn (no value or not in USD): {ids}": "Көрсетілмеді (мәні жоқ не АҚШ долларымен емес): {ids}",
    "bundled fact base: {count} sources": "кірістірілген деректер базасы: дереккөз саны — {count}",
    "bundled fact base: {count} sources, the newest published {date}": "кірістірілген деректер базасы: дереккөз саны — {count}, ең соңғысы {date} жарияланған",
    "no figures for {who}{within}. Closest figures: {figures}": "дерек жоқ: {who}{within}. Ең жақын деректер: {figures}",
    "no {measures} figures for {who}{within}. Closest figures: {figures}": "дерек жоқ ({measures}): {who}{within}. Ең жақын деректер: {figures}",
}

PINNED = {"en": EN, "ru": RU, "kk": KK}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_phrase_is_pinned(language: i18n.Language) -> None:
    assert i18n.phrases(language) == PINNED[language]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_translation_fills_in_the_same_fields_as_its_key(language: i18n.Language) -> None:
    for key, said in i18n.phrases(language).items():
        assert _fields(said) == _fields(key), key


def _asked_for() -> set[str]:
    """Every phrase the code asks for by its words: say("..."), phrase("..."), a column's header,
    a sentence of a derived note (Said), a `template = "..."` and a listing's `heading="..."`."""
    import ast

    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in ("say", "phrase", "Column", "_cut", "Said") and isinstance(
                    node.args[0].value, str
                ):
                    found.add(node.args[0].value)
            if (
                isinstance(node, ast.keyword)
                and node.arg == "heading"
                and isinstance(node.value, ast.Constant)
            ):
                found.add(str(node.value.value))
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Constant):
                continue
            if any(isinstance(t, ast.Name) and t.id == "template" for t in node.targets):
                found.add(str(node.value.value))
    return found


def _named_by_code() -> set[str]:
    """Phrases the code builds from codes: statuses, verdicts, parts of a claim, spans, actions."""
    from otg_cli.models import AgreementStatus, Measure
    from otg_cli.periods import SPANS
    from otg_cli.statements import STRENGTH
    from otg_cli.verify import PartName, Verdict

    codes = [*get_args(AgreementStatus), *get_args(Verdict), *get_args(PartName), *SPANS, *get_args(Measure)]
    codes.append("target_progress")  # the measure of a derived progress figure
    return {code.replace("_", " ") for code in codes} | {f"action {a}" for a in STRENGTH}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_phrase_the_code_asks_for_is_translated(language: i18n.Language) -> None:
    from otg_cli.countries import PARTY_FORMS
    from otg_cli.periods import PERIOD_FORMS

    wanted = _asked_for() | _named_by_code() | {PARTY_FORMS, PERIOD_FORMS}
    wanted -= {"ID", ""}  # the same in every language; a column without a header
    missing = sorted(wanted - set(i18n.phrases(language)))
    assert missing == []


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_no_phrase_is_left_over(language: i18n.Language) -> None:
    """A translation nobody asks for is a phrase whose English key has changed."""
    wanted = _asked_for() | _named_by_code() | set(EN)
    from otg_cli.countries import PARTY_FORMS
    from otg_cli.periods import PERIOD_FORMS

    wanted |= {
        PARTY_FORMS,
        PERIOD_FORMS,
        *(f"instrumental {c}" for c in ("AZ", "KG", "TM", "TR", "UZ", "HU")),
    }
    assert sorted(set(i18n.phrases(language)) - wanted) == []


def test_a_template_puts_the_words_where_each_language_does() -> None:
    with i18n.using("kk"):
        assert i18n.phrase("as of {day}", day="2025 жылғы 25 қараша") == "2025 жылғы 25 қараша бойынша"
        assert i18n.phrase("figures within {year}", year="2025") == "2025 жылғы деректер"
    with i18n.using("ru"):
        assert i18n.phrase("figures within {year}", year="2025") == "данные за 2025 год"
    assert i18n.phrase("no such phrase") == "no such phrase"  # English where there is no entry
