"""Stage 1 and 2: the normalised text, the tone-folded match key, sentences and words."""
from __future__ import annotations

import unicodedata

import pytest

import kcextract
from kcextract import analyse
from kcextract.normalise import fold, normalise
from kcextract.pipeline import nlp
from kcextract.segment import segment

# --- normalise -----------------------------------------------------------------------------------


def test_normalise_composes_decomposed_text_to_nfc():
    raw = unicodedata.normalize("NFD", "Uỷ ban nhân dân tỉnh Hoà Bình")
    assert raw != unicodedata.normalize("NFC", raw)
    text = normalise(raw)
    assert text == unicodedata.normalize("NFC", raw)
    assert unicodedata.is_normalized("NFC", text)


def test_analysis_of_decomposed_text_points_into_the_nfc_text():
    raw = unicodedata.normalize("NFD", "Đoàn công tác làm việc tại tỉnh Hà Giang.")
    article = kcextract.analyse(raw)
    assert article.text == unicodedata.normalize("NFC", raw)
    provinces = [f for f in article.facts if f.type == "province"]
    assert [f.value for f in provinces] == ["Hà Giang"]
    assert article.text[provinces[0].start:provinces[0].end] == "Hà Giang"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("một\r\nhai", "một\nhai"),
        ("một\rhai", "một\nhai"),
        ("một\thai", "một hai"),
        ("một\u00a0hai", "một hai"),
        ("\ufeffmột hai", "một hai"),
        ("một\u200bhai", "mộthai"),
        ("một\x07hai", "mộthai"),
        ("một  hai \t ba", "một hai ba"),
        ("một  \n  hai", "một\nhai"),
        ("“Nữ hoàng” ‘lục bình’ «x»", '"Nữ hoàng" \'lục bình\' "x"'),
        ("máy móc, thiết bị… cho cơ sở", "máy móc, thiết bị... cho cơ sở"),
    ],
    ids=["crlf", "cr", "tab", "nbsp", "bom", "zero-width-space", "bell", "space-run", "line-edges", "quotes",
         "ellipsis"],
)
def test_normalise_line_ends_spaces_and_control_characters(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2,5&nbsp;tỷ đồng", "2,5 tỷ đồng"),
        ("Nam &#272;&#7883;nh", "Nam Định"),
        ("c&#x1ED5; ph&#7847;n", "cổ phần"),
        ("Công ty A &amp; B", "Công ty A & B"),
        ("R&D và AT&T", "R&D và AT&T"),  # a bare ampersand is the author's
        ("１２ đề án", "12 đề án"),
        ("12\u2009đề án", "12 đề án"),
    ],
    ids=["nbsp-entity", "decimal-refs", "hex-ref", "amp", "bare-ampersand", "full-width-digits", "thin-space"],
)
def test_normalise_reads_html_references_full_width_digits_and_other_spaces(raw, expected):
    assert normalise(raw) == expected


def test_a_figure_written_with_an_html_space_is_still_a_funding_record():
    text = "Khuyến công Nam Định\nNăm 2023, Trung tâm đã thực hiện 12&nbsp;đề án với kinh phí 2,5&nbsp;tỷ đồng."
    assert [(r.projects, r.amount_vnd) for r in analyse(text, "entity").funding] == [(12, 2_500_000_000)]


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"'), ("«", "»")])
def test_a_good_in_a_quoted_nickname_is_found_whatever_the_quotes(opening, closing):
    a = analyse(f"{opening}Nữ hoàng lục bình{closing} lên tiếng\nBà Bích là chủ nhiệm hợp tác xã.", "quoted")
    assert [f.value for f in a.facts if f.type == "product"] == ["lục bình"]


def test_doubled_spaces_between_words_hide_no_cue_or_figure():
    text = ("Khuyến công Nam Định\nNăm 2023, Trung tâm đã thực hiện 12 đề án khuyến công quốc gia với kinh phí "
            "2,5 tỷ đồng.")
    single = [(r.scope, r.status, r.projects, r.amount_vnd) for r in analyse(text, "single").funding]
    doubled = [(r.scope, r.status, r.projects, r.amount_vnd)
               for r in analyse(text.replace(" ", "  "), "doubled").funding]
    assert single == [("national", "done", 12, 2_500_000_000)]
    assert doubled == single


def test_the_eth_an_old_page_types_for_d_is_the_vietnamese_letter():
    # (U+00D0 for U+0110: the subject, the provinces and the cue 'Đề án' are read as with the right letter)
    text = ("Khuyến công Đồng Nai năm 2023\nNăm 2023, Sở Công Thương Đồng Nai đã thực hiện 12 đề án khuyến công "
            "địa phương với kinh phí 2,5 tỷ đồng. Đề án lớn nhất hỗ trợ cơ sở chế biến hạt điều.")
    right, eth = analyse(text, "right"), analyse(text.replace("Đ", "\u00d0").replace("đ", "\u00f0"), "eth")
    assert eth.text == right.text
    assert eth.subject == right.subject == "Đồng Nai"
    assert [(r.scope, r.projects, r.amount_vnd, r.province) for r in eth.funding] == \
        [("local", 12, 2_500_000_000, "Đồng Nai")]


@pytest.mark.parametrize("raw, expected", [
    ("kinh phí 5,2 tỷđồng.", "kinh phí 5,2 tỷ đồng."),
    ("kinh phí 520triệuVNĐ.", "kinh phí 520triệu VNĐ."),
    ("KINH PHÍ 3 TỶĐỒNG", "KINH PHÍ 3 TỶ ĐỒNG"),
    ("chữ tỷđồng không sau số", "chữ tỷđồng không sau số"),  # no number before: not an amount, left as typed
    ("kinh phí 2,3 tỷđ.", "kinh phí 2,3 tỷ đ."),  # the bare 'đ'
    ("kinh phí hơn hai tỷđ.", "kinh phí hơn hai tỷ đ."),  # after a number in words
    ("gần nửa tỷđồng", "gần nửa tỷ đồng"),
    ("Thành phố tỷđ", "Thành phố tỷđ"),  # no number before
])
def test_normalise_splits_a_scale_word_typed_onto_its_currency(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("kinh phí 2 634,6 triệu đồng", "kinh phí 2.634,6 triệu đồng"),
    ("kinh phí 2\u00a0634 triệu đồng", "kinh phí 2.634 triệu đồng"),
    ("1\u202f234\u202f567 đồng", "1.234.567 đồng"),
    ("13 đề án 2 500 cơ sở", "13 đề án 2 500 cơ sở"),  # (a plain space before three digits alone parts two numbers)
    ("năm 2023\u00a0100 triệu đồng", "năm 2023 100 triệu đồng"),  # (four digits are no thousands' group)
])
def test_normalise_reads_a_space_that_groups_thousands_as_the_thousands_dot(raw, expected):
    assert normalise(raw) == expected


def test_an_amount_grouped_by_spaces_is_not_read_a_thousandth_of_itself():
    text = "Khuyến công Hà Giang\n\nNăm 2023, tỉnh thực hiện 13 đề án khuyến công với tổng kinh phí 2 634,6 triệu đồng."
    assert [r.amount_vnd for r in analyse(text, "grouped").funding] == [2_634_600_000]


def test_an_amount_typed_without_a_space_before_dong_hides_no_cue():
    text = ("Khuyến công Phú Thọ năm 2024\n\nNăm 2024, kinh phí khuyến công của Phú Thọ là 4,6 tỷ đồng (KCQG: 1,5 tỷ "
            "đồng; KCĐP: 3,1 tỷ đồng). Các đề án hỗ trợ cơ sở chế biến chè.")

    def reading(t: str) -> list[tuple]:
        return sorted((r.scope, r.status, r.amount_vnd, bool(r.part_of)) for r in analyse(t, "glued").funding)

    assert ("total", "planned", 4_600_000_000, False) in reading(text)
    assert reading(text.replace(" tỷ đồng", " tỷđồng")) == reading(text)


def test_normalise_keeps_the_authors_tone_placement():
    assert normalise("Hoà Bình và Hòa Bình") == "Hoà Bình và Hòa Bình"


# --- fold ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("old, new", [("hoà", "hòa"), ("Hoá", "Hóa"), ("thuỷ", "thủy"), ("Uỷ", "Ủy"),
                                      ("HOÀ", "hòa"), ("khoẻ", "khỏe")])
def test_fold_makes_old_and_new_tone_placement_equal(old, new):
    assert fold(old) == fold(new)


@pytest.mark.parametrize("a, b", [("hòa", "hóa"), ("hoà", "hoá"), ("Hòa", "Hóa"), ("thủy", "thùy")])
def test_fold_keeps_different_tones_apart(a, b):
    assert fold(a) != fold(b)


def test_fold_leaves_quy_alone():
    # 'uý' after q is one vowel 'quý' in both spellings; swapping would turn it into 'qúy'
    assert fold("quý") == "quý"
    assert fold("Quỹ khuyến công") == "quỹ khuyến công"


@pytest.mark.parametrize(
    "text",
    ["hoà", "Hoá", "thuỷ", "Uỷ ban nhân dân tỉnh Hoà Bình", "İstanbul và ĐẮK LẮK", "TP.HCM 2.634,6 triệu đồng",
     "khoẻ 😀 quý", "ǅ ẞ ŉ", ""],
)
def test_fold_keeps_the_length_of_its_input(text):
    assert len(fold(text)) == len(text)


# --- segmentation: the spaCy doc is the text, character for character --------------------------

HARD = {
    "tabs": "Hợp tác xã\tgiới thiệu\tchè.",
    "nbsp": "Kinh phí\u00a02.634,6\u00a0triệu đồng.",
    "multiple-spaces": "Tỉnh  Hà Giang   có  13 đề án.",
    "crlf": "Dòng đầu\r\nDòng hai.\r\nDòng ba.",
    "lowercase-then-capital-line": "đỏ\nĐược",
    "title-without-stop": "Hà Giang: 8 giải pháp nâng cao chất lượng\nHoạt động khuyến công dần khẳng định. Câu hai.",
    "emoji": "Sản phẩm 🍵 chè Hà Giang 😀 rất ngon. Mua ngay 👍",
    "tp-hcm": "Hội chợ tại TP.HCM có 2 phiên chợ. Sau đó về Hà Nội.",
    "decimals": "Tổng kinh phí là 2.634,6 triệu đồng và 1.734,6 triệu đồng.",
    "quotes": "Ông nói: “Chè ngon” và \"gạo\" là 'đặc sản'. Chương trình «OCOP».",
    "three-space-gap": "Khuyến công   quốc gia",
    "leading-trailing-blank-lines": "\n\n  \nTỉnh Lai Châu hỗ trợ 3 đề án.\n\n \n",
    "cr-only": "Dòng một\rDòng hai",
    "ellipsis-and-slash": "Cam, chè… 01 số/tháng; 02 bài/tháng ...",
}


@pytest.mark.parametrize("raw", list(HARD.values()), ids=list(HARD))
def test_doc_text_equals_the_normalised_text(raw):
    text = normalise(raw)
    doc = nlp()(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    article = kcextract.analyse(raw)
    assert article.text == text


@pytest.mark.parametrize("raw", list(HARD.values()), ids=list(HARD))
def test_sentences_are_slices_of_the_text_in_order(raw):
    article = kcextract.analyse(raw)
    previous_end = 0
    for i, s in enumerate(article.sentences):
        assert s.index == i
        assert article.text[s.start:s.end] == s.text
        assert s.start >= previous_end
        previous_end = s.end
    # nothing visible is left out of the sentences
    covered = " ".join(s.text for s in article.sentences)
    assert covered.split() == article.text.split()


@pytest.mark.parametrize("raw", list(HARD.values()), ids=list(HARD))
def test_sentences_never_cross_a_line_break(raw):
    article = kcextract.analyse(raw)
    for s in article.sentences:
        assert "\n" not in s.text.strip(), f"sentence {s.index} runs over a line break: {s.text!r}"


def test_seed_sentences_never_cross_a_line_break(seed_articles):
    for doc, article in seed_articles.items():
        for s in article.sentences:
            assert "\n" not in s.text.strip(), f"{doc} sentence {s.index} runs over a line break: {s.text!r}"


def test_title_without_final_stop_is_its_own_sentence():
    article = kcextract.analyse(HARD["title-without-stop"])
    assert article.sentences[0].text.strip() == "Hà Giang: 8 giải pháp nâng cao chất lượng"
    assert article.title == "Hà Giang: 8 giải pháp nâng cao chất lượng"
    assert article.sentences[1].text.strip() == "Hoạt động khuyến công dần khẳng định."


def test_lowercase_line_end_does_not_join_the_next_line():
    article = kcextract.analyse("đỏ\nĐược")
    assert [s.text.strip() for s in article.sentences] == ["đỏ", "Được"]


def test_abbreviation_and_decimal_points_do_not_end_a_sentence():
    article = kcextract.analyse(HARD["tp-hcm"])
    assert [s.text.strip() for s in article.sentences] == ["Hội chợ tại TP.HCM có 2 phiên chợ.", "Sau đó về Hà Nội."]
    article = kcextract.analyse(HARD["decimals"])
    assert len(article.sentences) == 1


@pytest.mark.parametrize("dateline", ["ĐBP - ", "(TTXVN) – ", "VOV.VN - ", "HÀ GIANG - ", "(Baohagiang.vn) - "])
def test_a_paragraphs_dateline_is_split_off_the_sentence_it_opens(dateline):
    article = kcextract.analyse(f"Tin\n\n{dateline}Năm 2024, tỉnh hỗ trợ 5 cơ sở.")
    assert [s.text.strip() for s in article.sentences] == ["Tin", dateline.strip(), "Năm 2024, tỉnh hỗ trợ 5 cơ sở."]


@pytest.mark.parametrize("dateline", ["Tuy Hòa - ", "Ninh Bình – "])
def test_a_place_in_title_case_opening_a_paragraph_below_the_title_is_its_dateline(dateline):
    article = kcextract.analyse(f"Tin\n\n{dateline}Năm 2024, tỉnh hỗ trợ 5 cơ sở.")
    assert [s.text.strip() for s in article.sentences] == ["Tin", dateline.strip(), "Năm 2024, tỉnh hỗ trợ 5 cơ sở."]


@pytest.mark.parametrize("line", ["Hà Giang - Khuyến công tiếp sức.", "Vinamilk - Công ty sữa lớn.", "- Hỗ trợ 5 cơ sở."])
def test_a_name_in_sentence_case_or_a_bullet_before_a_dash_is_no_dateline(line):
    assert len(kcextract.analyse(line).sentences) == 1


def test_leading_blank_lines_make_no_blank_sentence():
    article = kcextract.analyse(HARD["leading-trailing-blank-lines"])
    assert all(s.text.strip() for s in article.sentences), [s.text for s in article.sentences]
    plain = kcextract.analyse("Tỉnh Lai Châu hỗ trợ 3 đề án.")
    assert [f.sentence for f in article.facts] == [f.sentence for f in plain.facts]


# --- word edges: products, and the old tone placement in names ----------------------------------


def test_cam_ket_gives_no_product_cam():
    article = kcextract.analyse("Doanh nghiệp cam kết bảo đảm chất lượng sản phẩm.")
    assert [f for f in article.facts if f.type == "product"] == []


def test_cam_che_list_gives_products_cam_and_che():
    article = kcextract.analyse("Cam, chè là đặc sản của tỉnh.")
    products = [(f.value, f.text, f.start, f.end) for f in article.facts if f.type == "product"]
    assert products == [("cam", "Cam", 0, 3), ("chè", "chè", 5, 8)]


def test_old_style_tone_placement_finds_province_at_original_offsets():
    raw = "Uỷ ban nhân dân tỉnh Hoà Bình đã phê duyệt kế hoạch khuyến công."
    article = kcextract.analyse(raw)
    provinces = [f for f in article.facts if f.type == "province"]
    assert len(provinces) == 1
    f = provinces[0]
    assert f.value == "Hòa Bình"
    assert f.province_2025 == "Phú Thọ"
    assert f.text == "Hoà Bình"
    assert raw[f.start:f.end] == "Hoà Bình"
    assert (f.start, f.end) == (raw.index("Hoà Bình"), raw.index("Hoà Bình") + len("Hoà Bình"))


@pytest.mark.parametrize("sentence", [
    "Sở Công Thương tỉnh Hà Tĩnh hỗ trợ 1.200 triệu đồng cho 15 đề án khuyến công năm 2024.",
    "a", "Hà Nội", "x y z", "2024", "Ông A, bà B (xã Đông Hòa) nhận 200.000.000 đ!",
    "Thương hiệu Trà Việt™ có hàm lượng 5 μg mỗi gói",  # outside our featurizer's scripts: underthesea's
])
def test_our_featurizer_gives_underthesea_features_and_words(sentence):
    """The zip-built rows hold underthesea's feature strings in its order, also at BOS/EOS edges."""
    from underthesea import word_tokenize

    from kcextract.wordseg import segmenter

    seg = segmenter()
    tokens = seg.tokens(sentence)
    assert [list(row) for row in seg.features(tokens)] == seg._reference.process([[[t] for t in tokens]])[0]
    assert seg(sentence) == word_tokenize(sentence, use_token_normalize=False)


def test_crfsuite_reader_gives_the_word_models_labels_weights_and_transitions():
    """Our reader of the CRFsuite file agrees with underthesea_core on the model's shape."""
    from os.path import dirname, join

    import underthesea_core
    from underthesea.pipeline import word_tokenize as wt_module

    from kcextract.crfsuite import read_crfsuite

    path = join(dirname(wt_module.__file__), "models", "ws_crf_vlsp2013_20230727", "models.bin")
    weights = read_crfsuite(path)
    model = underthesea_core.CRFModel.load(path)
    assert weights.labels == ("B-W", "I-W")
    assert len(weights.state) == model.num_attributes
    assert sum(len(w) for w in weights.state.values()) == model.num_state_features()
    assert len(weights.transition) == 2 and all(len(row) == 2 for row in weights.transition)
    # a word's first syllable after a sentence start leans to B-W
    assert weights.state["T[-1]=BOS"][0] > weights.state["T[-1]=BOS"][1]


def test_crfsuite_reader_names_the_file_it_cannot_read(tmp_path):
    from kcextract.crfsuite import ModelFormatError, read_crfsuite

    bad = tmp_path / "notamodel.bin"
    bad.write_bytes(b"lCRF" + b"\0" * 60)
    with pytest.raises(ModelFormatError, match="notamodel.bin"):
        read_crfsuite(bad)


@pytest.mark.parametrize("sentence", [
    "Sở Công Thương tỉnh Hà Tĩnh hỗ trợ 1.200 triệu đồng cho 15 đề án khuyến công năm 2024.",
    "BOS EOS và T[0]=BOS không phải ranh giới câu",
    "Năm 2025, HTX Chè Shan Tuyết Nậm Ty được hỗ trợ máy sao chè 2147483648 đồng",
    "ÔNG NGUYỄN VĂN A (GIÁM ĐỐC TRUNG TÂM KHUYẾN CÔNG) CHO BIẾT",
    "x", "1 2 3 4 5 6 7 8 9",
])
def test_weight_scores_choose_the_taggers_labels(sentence):
    """Scores summed from cached weights pick the labels underthesea's tagger picks from the strings."""
    from kcextract.wordseg import best_path, segmenter

    seg = segmenter()
    tokens = seg.tokens(sentence)
    path = best_path(seg._scorer.scores(tokens), seg._transition)
    assert path is not None
    assert [seg._weights_labels[label] for label in path] == seg._tagger.tag(seg.features(tokens))


def test_a_near_tie_is_left_to_underthesea():
    from kcextract.wordseg import best_path

    flat = ((0.0, 0.0), (0.0, 0.0))
    assert best_path([0.0, 5.0], flat) is None  # both labels of the first token score the same
    assert best_path([-1.0, 2.0], flat) == [0, 1]


@pytest.mark.parametrize("sentence, word", [
    ("Hỗ trợ máy chưng cất tinh dầu quế cho hợp tác xã.", "tinh dầu"),
    ("Cơ sở chưng cất tinh dầu tràm ở xã ven biển.", "chưng cất"),
    ("Xưởng Chưng cất Tinh dầu bưởi mở cửa.", "Tinh dầu"),
    ("Hỗ trợ doanh nghiệp ứng dụng máy ép viên nén mùn cưa.", "viên nén"),
])
def test_a_word_underthesea_cuts_wrongly_is_one_token_and_its_neighbours_are_cut_at_its_edges(sentence, word):
    from kcextract.segment import segment

    seg = segment(sentence)
    words = [sentence[s:e] for s, e in seg.tokens]
    assert word in words
    assert all(sentence[s:e].strip() == sentence[s:e] and s < e for s, e in seg.tokens)
    assert [t for t in seg.tokens] == sorted(seg.tokens) and all(a[1] <= b[0] for a, b in zip(seg.tokens, seg.tokens[1:]))


def test_a_stop_inside_an_abbreviation_does_not_end_the_sentence_but_a_list_letter_opens_one():
    from kcextract.segment import segment

    text = "Trung tâm đã giải ngân 1.250 tr.đ, đạt 71% kế hoạch năm. Hàng bán tại Co.op, Big C và chợ."
    assert [text[s:e] for s, e in segment(text).sentences] == [
        "Trung tâm đã giải ngân 1.250 tr.đ, đạt 71% kế hoạch năm.", "Hàng bán tại Co.op, Big C và chợ."]
    items = "Hợp tác xã phải có 100 thành viên. b) Riêng chợ đầu mối phải có 50 gian hàng."
    assert len(segment(items).sentences) == 2


def test_a_list_items_number_cut_off_by_the_sentence_splitter_opens_the_item():
    text = "Trung tâm đã thực hiện các nội dung sau:\n\n1. Hỗ trợ 12 cơ sở, kinh phí 1,2 tỷ đồng.\n2. Đào tạo nghề."
    seg = segment(text)
    assert [text[s:e] for s, e in seg.sentences][1:] == ["1. Hỗ trợ 12 cơ sở, kinh phí 1,2 tỷ đồng.", "2. Đào tạo nghề."]


# -- page chrome around a scraped article (rules/chrome.tsv) ------------------------------------------------
_PAGE = ("Trang chủ > Kinh tế > Công nghiệp\n\n"
         "Khuyến công Yên Bái hỗ trợ làng nghề\n"
         "Thứ Ba, 14/01/2025 - 09:30\n\n"
         "Năm 2024, khuyến công địa phương đã hỗ trợ 9 đề án với kinh phí 2,7 tỷ đồng.\n\n"
         "Tin liên quan:\n"
         "- Lào Cai: 30 đề án khuyến công năm 2026 với 12 tỷ đồng\n"
         "- Hòa Bình hỗ trợ 15 cơ sở đổi mới máy móc\n\n"
         "Các cơ sở đã đưa máy vào sản xuất từ tháng 10.\n")


@pytest.mark.parametrize("page", [_PAGE, _PAGE.replace("\n- ", "\n\n- "),
                                  _PAGE.replace("Tin liên quan:", "BÀI VIẾT CÙNG CHUYÊN MỤC:"),
                                  _PAGE.replace("Tin liên quan:", "Tin bài khác")],
                         ids=["together", "a-blank-line-apart", "same-section", "other-stories"])
def test_related_headlines_under_their_heading_give_no_facts_or_records(page):
    a = analyse(page)
    heading = next(a.text.index(h) for h in ("Tin liên quan", "BÀI VIẾT", "Tin bài khác") if h in a.text)
    listed = a.text.index("Các cơ sở đã")
    assert [f for f in a.facts if heading <= f.start < listed] == []
    assert [(r.projects, r.amount_vnd) for r in a.funding] == [(9, 2700000000)]
    assert a.subject == "Yên Bái"


@pytest.mark.parametrize("heading", ["Bình luận (2)", "Ý kiến bạn đọc (3):", "PHẢN HỒI (1)"])
def test_the_readers_comments_under_their_heading_give_no_facts_or_records(heading):
    page = ("Khuyến công Yên Bái hỗ trợ làng nghề\n\n"
            "Năm 2024, khuyến công địa phương đã hỗ trợ 9 đề án với kinh phí 2,7 tỷ đồng.\n\n"
            f"{heading}\n"
            "Nguyễn Hải: Tỉnh Lào Cai năm 2023 hỗ trợ 12 đề án với 3 tỷ đồng, cho làng nghề nón lá.\n\n"
            "Trần Lan: Mong tỉnh hỗ trợ thêm cho cơ sở làm miến dong.\n")
    a = analyse(page)
    below = a.text.index(heading.split(" ")[0])
    assert [f for f in a.facts if f.start >= below] == []
    assert [(r.projects, r.amount_vnd) for r in a.funding] == [(9, 2700000000)]
    # (a heading that counts no comments, 'Bình luận', heads only itself)
    plain = analyse(page.replace(heading, "Bình luận"))
    assert "Lào Cai" in {f.value for f in plain.facts if f.type == "province"}


def test_an_unbulleted_line_after_a_blank_line_ends_the_related_headlines():
    page = _PAGE.replace("Các cơ sở đã đưa máy vào sản xuất từ tháng 10.", "Kinh phí hỗ trợ máy móc 1,2 tỷ đồng")
    a = analyse(page)
    assert 1_200_000_000 in [f.value for f in a.facts if f.type == "money"]


def test_a_section_path_and_a_publication_stamp_are_neither_title_nor_period():
    a = analyse(_PAGE)
    assert a.title == "Khuyến công Yên Bái hỗ trợ làng nghề"
    assert [f.value for f in a.facts if f.type == "period"] == ["2024"]


def test_a_related_list_ends_at_the_first_line_of_article_text():
    text = ("Khuyến công Lai Châu\n"
            "Xem thêm:\n"
            "Hỗ trợ máy móc cho làng nghề chè\n"
            "Năm 2023, tỉnh Lai Châu đã thực hiện 21 đề án khuyến công.\n")
    a = analyse(text)
    assert [r.projects for r in a.funding] == [21]
    assert not [f for f in a.facts if f.type == "product"]  # the linked headline's chè is chrome


def test_a_title_set_twice_by_the_page_is_one_statement():
    body = "\n\nNăm 2024, Lào Cai đã thực hiện 8 đề án khuyến công với kinh phí 7,4 tỷ đồng.\n"
    once = analyse("Lào Cai: 7,4 tỷ đồng cho khuyến công" + body)
    twice = analyse("Lào Cai: 7,4 tỷ đồng cho khuyến công\nLÀO CAI: 7,4 TỶ ĐỒNG CHO KHUYẾN CÔNG" + body)
    def reading(a):
        return sorted(str((r.scope, r.status, r.projects, r.amount_vnd, r.period)) for r in a.funding)
    assert reading(twice) == reading(once)
    assert len([f for f in twice.facts if f.type == "money"]) == len([f for f in once.facts if f.type == "money"])


def test_a_related_headline_on_its_labels_own_line_is_chrome_and_cuts_no_list_off_its_whole():
    text = ("Phú Thọ phê duyệt kế hoạch khuyến công năm 2026\n\nUBND tỉnh phê duyệt kế hoạch khuyến công năm 2026 với "
            "tổng kinh phí 5,4 tỷ đồng. Cụ thể:\n\nXem thêm: Lào Cai có 30 đề án khuyến công với 12 tỷ đồng\n\n"
            "- Hỗ trợ ứng dụng máy móc: 12 đề án, kinh phí 2,4 tỷ đồng;\n- Đào tạo nghề: 500 triệu đồng.\n")
    a = analyse(text)
    assert 12_000_000_000 not in [f.value for f in a.facts if f.type == "money"]
    recs = {r.amount_vnd: r for r in a.funding}
    assert sorted(recs) == [500_000_000, 2_400_000_000, 5_400_000_000]
    assert {recs[500_000_000].part_of, recs[2_400_000_000].part_of} == {recs[5_400_000_000].id}


@pytest.mark.parametrize("line", ["Tỷ lệ > 50%", "Năm 2024 > năm 2023 về số đề án",
                                  "Ngày 12/01/2026, Sở Công Thương tổ chức hội nghị tổng kết."])
def test_text_that_only_looks_like_a_path_or_a_stamp_stays_article_text(line):
    from kcextract.match.chrome import ChromeMarker
    assert ChromeMarker().kind_of(line) is None


def test_related_headlines_after_a_pointer_mark_with_no_label_are_chrome():
    page = ("Yên Bái hỗ trợ 5 cơ sở\n\nNăm 2025, Trung tâm Khuyến công tỉnh Yên Bái hỗ trợ 5 cơ sở với kinh phí 1,3 tỷ "
            "đồng.\n\n» Lào Cai: hỗ trợ 2 tỷ đồng cho 8 đề án khuyến công\n► Phú Thọ dành 3,5 tỷ đồng cho khuyến công\n\n"
            "\"Máy mới giúp chúng tôi tăng năng suất\", chủ cơ sở nói.")
    a = analyse(page)
    assert [f.value for f in a.facts if f.type == "money"] == [1_300_000_000]
    assert {f.value for f in a.facts if f.type == "province"} == {"Yên Bái"}
    assert "Máy mới" in next(s.text for s in a.sentences if not s.chrome and "Máy mới" in s.text)


@pytest.mark.parametrize("lead", ["", "Năm 2025, khuyến công Yên Bái đạt các kết quả chính:\n"])
def test_pointer_marked_lines_right_under_the_title_or_a_colon_are_the_articles_own_items(lead):
    page = (f"Khuyến công Yên Bái năm 2025 qua những con số\n\n{lead}► 14 đề án khuyến công địa phương được nghiệm "
            "thu\n► Tổng kinh phí hỗ trợ: 3,1 tỷ đồng\n► Sản phẩm chủ lực: chè Suối Giàng, quế Văn Yên\n")
    a = analyse(page, "own-pointers")
    assert [f.value for f in a.facts if f.type == "money"] == [3_100_000_000]
    assert {"chè", "quế"} <= {f.value for f in a.facts if f.type == "product"}
    assert a.funding


@pytest.mark.parametrize("mark", [">> ", ">>", "→ ", "=> "])
def test_related_headlines_after_other_pointer_marks_are_chrome(mark):
    page = ("Yên Bái hỗ trợ 5 cơ sở\n\nNăm 2025, Trung tâm Khuyến công tỉnh Yên Bái hỗ trợ 5 cơ sở với kinh phí 1,3 tỷ "
            f"đồng.\n{mark}Quảng Bình dành 3 tỷ đồng hỗ trợ cơ sở công nghiệp nông thôn\n")
    a = analyse(page)
    assert [f.value for f in a.facts if f.type == "money"] == [1_300_000_000]
    assert {f.value for f in a.facts if f.type == "province"} == {"Yên Bái"}


@pytest.mark.parametrize("line", ["Giấy phép số 45/GP-BTTTT cấp ngày 2/5/2019.", "© Bản quyền thuộc Báo Lào Cai",
                                  "Tổng biên tập: Trần Văn B", "Hotline: 0214.3820.123 - Email: toasoan@baolaocai.vn"])
def test_the_pages_footer_gives_no_facts(line):
    page = ("Yên Bái hỗ trợ 5 cơ sở\n\nNăm 2025, Trung tâm Khuyến công tỉnh Yên Bái hỗ trợ 5 cơ sở với kinh phí 1,3 tỷ "
            f"đồng.\n{line}\n")
    a = analyse(page)
    assert {f.value for f in a.facts if f.type in ("period", "province", "money")} == {"2025", "Yên Bái", 1_300_000_000}


@pytest.mark.parametrize("label", ["Từ khóa", "Từ khoá", "Tags"])
def test_the_pages_keyword_line_gives_no_facts(label):
    page = ("Yên Bái hỗ trợ 5 cơ sở\n\nNăm 2025, Trung tâm Khuyến công tỉnh Yên Bái hỗ trợ 5 cơ sở với kinh phí 1,3 tỷ "
            f"đồng.\n{label}: khuyến công, mật ong, Lai Châu, OCOP\nBài viết liên quan")
    a = analyse(page)
    assert {f.value for f in a.facts if f.type == "province"} == {"Yên Bái"}
    assert not [f for f in a.facts if f.type in ("product", "ocop")]


@pytest.mark.parametrize("raw, clean", [
    ("**Năm 2025**, tỉnh hỗ trợ **12 đề án** với kinh phí **2,5 tỷ đồng**.", "Năm 2025, tỉnh hỗ trợ 12 đề án với kinh phí 2,5 tỷ đồng."),
    ("*Năm 2025*, tỉnh hỗ trợ _12 đề án_.", "Năm 2025, tỉnh hỗ trợ 12 đề án."),
    ("******************", "******************"),  # a separator line: no words inside
    ("tệp bao_cao_2025.pdf, 3*4 = 12", "tệp bao_cao_2025.pdf, 3*4 = 12"),  # marks inside words stay
])
def test_markdown_emphasis_around_words_is_dropped(raw, clean):
    assert normalise(raw) == clean == normalise(clean)


def test_a_statement_in_markdown_bold_reads_as_plain_text():
    plain = "Khuyến công Hòa Bình\n\nNăm 2025, tỉnh Hòa Bình hỗ trợ 12 đề án khuyến công địa phương với kinh phí 2,5 tỷ đồng."
    bold = plain.replace("Năm 2025", "**Năm 2025**").replace("12 đề án", "_12 đề án_")
    got = [[(r.projects, r.amount_vnd, r.scope, r.status) for r in analyse(t, "md").funding] for t in (plain, bold)]
    assert got[0] == got[1] == [(12, 2_500_000_000, "local", "done")]


@pytest.mark.parametrize("raw, clean", [
    ("<p>Năm 2025, tỉnh hỗ trợ 12 đề án.</p><p>Các đề án hỗ trợ chè.</p>", "Năm 2025, tỉnh hỗ trợ 12 đề án.\n\nCác đề án hỗ trợ chè.\n"),
    ("12 đề án khuyến công<br>với kinh phí 2,5 tỷ đồng.<br/>Các đề án hỗ trợ chè.",
     "12 đề án khuyến công với kinh phí 2,5 tỷ đồng.\nCác đề án hỗ trợ chè."),
    ('Có <b>12 đề án</b> và <a href="https://x.vn/a.html">tin khác</a>.', "Có 12 đề án và tin khác."),
    ("tỷ lệ < 5% và chỉ số > 3; chuyên mục <Tin mới>", "tỷ lệ < 5% và chỉ số > 3; chuyên mục <Tin mới>"),  # no tags
])
def test_html_tags_a_scraper_left_are_dropped_and_a_blocks_tag_ends_a_line(raw, clean):
    assert normalise(raw) == clean


def test_the_currency_letter_of_tr_dot_d_before_a_closing_bracket_is_no_list_letter():
    from kcextract.segment import segment

    text = "Trung tâm thực hiện 16 đề án (kinh phí 3.000 tr.đ) và 2 đề án khác (kinh phí 900 tr.đ). Cụ thể như sau."
    assert [text[s:e] for s, e in segment(text).sentences] == [
        "Trung tâm thực hiện 16 đề án (kinh phí 3.000 tr.đ) và 2 đề án khác (kinh phí 900 tr.đ).", "Cụ thể như sau."]


# --- hard-wrapped text -----------------------------------------------------------------------------

def _wrapped(text: str, width: int, blank_lines: bool = True) -> str:
    """The text as a PDF's or an e-mail's clipping sets it: every paragraph cut into lines of ``width``."""
    import textwrap
    paragraphs = [p for p in text.split("\n") if p.strip()]
    return ("\n\n" if blank_lines else "\n").join("\n".join(textwrap.wrap(p, width)) for p in paragraphs)


def _reading(article) -> list[tuple]:
    return [(r.scope, r.status, r.projects, r.amount_vnd, r.period, r.part_of is None) for r in article.funding]


@pytest.mark.parametrize("doc", ["003_85b55b1df421f973", "000_512778a395cff797"])
@pytest.mark.parametrize("width", [60, 78, 120])
def test_a_hard_wrapped_article_reads_as_its_paragraphs_do(doc, width):
    from pathlib import Path
    text = (Path(__file__).resolve().parent.parent / "corpus" / f"{doc}.txt").read_text(encoding="utf-8")
    wrapped = _wrapped(text, width)
    assert wrapped.count("\n") > text.count("\n") + 10  # (the rewrite did cut the paragraphs)
    assert normalise(wrapped) == "\n\n".join(p for p in normalise(text).split("\n") if p)
    assert _reading(analyse(wrapped, doc)) == _reading(analyse(text, doc))


def test_a_hard_wrapped_paragraph_without_blank_lines_joins_where_the_next_word_would_not_have_fitted():
    text = ("Khuyến công Hà Tĩnh\n"
            "Năm 2024, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Tĩnh đã thực hiện 12 đề án khuyến công "
            "địa phương với tổng kinh phí 3,2 tỷ đồng, hỗ trợ các cơ sở sản xuất đầu tư máy móc hiện đại.\n"
            "Các đề án tập trung vào chế biến nông sản, thực phẩm và sản xuất hàng thủ công mỹ nghệ của các làng nghề.")
    assert normalise(_wrapped(text, 50, blank_lines=False)).split("\n") == text.split("\n")


@pytest.mark.parametrize("text", [
    # lines of their own, each as long as the longest and with no sentence's end, as a wrap's lines are: a list's
    # items, a table's rows
    "Kết quả khuyến công năm 2024\n- Đào tạo nghề, truyền nghề cho lao động: 3 lớp học\n"
    "- Tổ chức hội chợ và đưa doanh nghiệp dự hội chợ: 2\n- Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu\n"
    "- Xây dựng mô hình trình diễn kỹ thuật sản xuất chè\n- Tư vấn, hướng dẫn cơ sở lập dự án đầu tư: 4 đề án",
    "| Năm | Số đề án | Kinh phí (triệu đồng) |\n| 2023 | 10 đề án khuyến công địa phương | 2.500 |\n"
    "| 2024 | 12 đề án khuyến công địa phương | 3.100 |\n| 2025 | 14 đề án khuyến công địa phương | 3.600 |\n"
    "| 2026 | 15 đề án khuyến công địa phương | 3.900 |",
])
def test_lines_that_are_no_wrap_stay_lines(text):
    assert normalise(text).rstrip("\n").split("\n") == text.split("\n")


def test_a_short_text_wrapped_only_once_or_twice_joins_its_cut_lines_that_go_on_in_lower_case():
    text = ("Danh mục đề án khuyến công địa phương năm 2025 của tỉnh Bắc Giang\n\nTheo Quyết định phê duyệt, năm 2025 tỉnh "
            "Bắc Giang thực hiện 6 đề án khuyến công địa phương, tổng kinh phí 1.480 trđ, cụ thể:\n\nĐề án 1: Hỗ trợ Công "
            "ty TNHH Vải thiều Lục Ngạn ứng dụng máy sấy vải: 300 trđ.\n\nĐề án 2: Hỗ trợ HTX Mỳ Chũ đầu tư máy cán "
            "mỳ: 280 trđ.")
    wrapped = _wrapped(text, 78)
    assert "khuyến\ncông" in wrapped  # (the wrap did cut a paragraph inside 'khuyến công')
    assert normalise(wrapped) == "\n\n".join(p for p in normalise(text).split("\n") if p)
    assert _reading(analyse(wrapped, "short-wrap")) == _reading(analyse(text, "short-wrap"))


def test_a_wrapped_line_that_leaves_a_bracket_open_goes_on_though_it_ends_with_a_colon():
    # ('... Kinh phí: 1,2 tỷ đồng (KCQG:' / '700 triệu đồng; KCĐP: 500 triệu đồng).': the colon is inside the bracket)
    text = ("Khuyến công Hà Nam năm 2025\n\nNăm 2025, Hà Nam thực hiện 9 đề án khuyến công. Kinh phí: 1,2 tỷ đồng (KCQG: "
            "700 triệu đồng; KCĐP: 500 triệu đồng).\n\nCác đề án hỗ trợ làng nghề dệt Nha Xá, trống Đọi Tam và mây giang "
            "đan Ngọc Động đổi mới thiết bị.")
    wrapped = _wrapped(text, 78)
    assert "(KCQG:\n700" in wrapped  # (the wrap did cut the bracket after its colon)
    assert "1,2 tỷ đồng (KCQG: 700 triệu đồng; KCĐP: 500 triệu đồng)." in normalise(wrapped)
    assert _reading(analyse(wrapped, "bracket-wrap")) == _reading(analyse(text, "bracket-wrap"))


def test_a_short_articles_lead_without_its_full_stop_is_not_joined_to_the_next_paragraph():
    text = ("Kim chia sẻ ảnh ngôi nhà\n"
            "Kim chia sẻ với người hâm mộ hình ảnh ngôi nhà của cô đã biến thành tổ nhện mùa lễ hội năm nay cho vui\n"
            "Gia đình cô luôn đầu tư rất mạnh để trang trí nhà cửa trong ngày lễ này mỗi năm, ai cũng biết điều đó.\n"
            "Năm nay họ chọn chủ đề rừng rậm.\nẢnh: Instagram")
    assert normalise(text).rstrip("\n").split("\n") == text.split("\n")


@pytest.mark.parametrize("cut,joined", [
    ("Kinh phí\nKCQG", "Kinh phí KCQG"),    # an abbreviation opens the line after the cut
    ("tỉnh Điện\nBiên", "tỉnh Điện Biên"),  # a place's name cut in two
])
def test_a_short_text_wrapped_once_or_twice_joins_a_cut_before_an_abbreviation_or_inside_a_name(cut, joined):
    text = ("Nghệ An: Kết quả thực hiện đề án khuyến công năm 2024\n\nNăm 2024, kinh phí KCĐP của tỉnh là 4.200 trđ, đã "
            "thực hiện 18 đề án. Kinh phí KCQG hỗ trợ tỉnh là 0,8 tỷ đồng cho 1 đề án. Cơ sở sản xuất tinh bột nghệ ở "
            "huyện Nghĩa Đàn được hỗ trợ 250 tr.đ mua máy nghiền.")
    if "Điện" in joined:
        text = text.replace("Nghệ An: ", "Điện Biên: ").replace("18 đề án. Kinh phí KCQG hỗ trợ tỉnh là", "18 đề án ở "
                            "tỉnh Điện Biên. KCQG hỗ trợ tỉnh")
    wrapped = next(_wrapped(text, w) for w in range(60, 120) if cut in _wrapped(text, w))
    assert joined in normalise(wrapped)
    assert _reading(analyse(wrapped, "short-wrap")) == _reading(analyse(text, "short-wrap"))


def test_a_short_wrapped_text_joins_a_line_that_goes_on_in_lower_case_after_a_semicolon():
    # ('... 2.100 triệu đồng;' / 'thực hiện 18 đề án ...': one sentence, cut after its ';', whose second half took the
    # tense of a line of its own)
    text = ("Báo cáo khuyến công năm 2025 tỉnh Hà Tĩnh\n\nII. PHƯƠNG HƯỚNG NĂM 2026\n\nĐăng ký 3 đề án khuyến công quốc "
            "gia với kinh phí dự kiến 2.100 triệu đồng; thực hiện 18 đề án khuyến công địa phương với kinh phí 3.600 "
            "triệu đồng.")
    wrapped = _wrapped(text, 78)
    assert "đồng;\nthực" in wrapped  # (the wrap did cut right after the ';')
    assert normalise(wrapped) == "\n\n".join(p for p in normalise(text).split("\n") if p)
    assert _reading(analyse(wrapped, "wrap-semicolon")) == _reading(analyse(text, "wrap-semicolon"))


@pytest.mark.parametrize("wrapped, joined", [
    # (a short text wrapped once: too few breaks to tell its width, but the break cuts a province's name)
    ("Báo cáo tóm tắt\n\nTrên đây là kết quả khuyến công năm 2025 của tỉnh Bắc\nGiang (cũ).",
     "của tỉnh Bắc Giang (cũ)."),
    # (a title in capitals cut inside the name, before the body)
    ("BÁO CÁO KẾT QUẢ KHUYẾN CÔNG NĂM 2025 VÀ KẾ HOẠCH NĂM 2026 CỦA TỈNH HÀ\nTĨNH\n\nI. KẾT QUẢ NĂM 2025",
     "CỦA TỈNH HÀ TĨNH\n"),
])
def test_a_line_break_inside_a_province_name_is_a_wrap_and_the_name_is_one_again(wrapped, joined):
    assert joined in normalise(wrapped)


def test_a_line_that_ends_a_sentence_before_a_name_stays_its_own_line():
    # (a closed line: the next one opens a paragraph, whatever name it starts with)
    assert "Bắc.\nGiang" in normalise("Đoàn công tác đã đến Bắc.\nGiang là tên một con sông.")



def test_a_common_word_joined_to_a_names_first_syllable_is_cut_from_it():
    # (underthesea gives 'cam Khe' | 'Mây sấy' for 'cam Khe Mây sấy': the good 'cam' started inside a word)
    text = "Các cơ sở sản xuất kẹo cu đơ, bánh đa vừng, đồ mộc mỹ nghệ và cam Khe Mây sấy."
    words = [text[s:e] for s, e in segment(text).tokens]
    assert "cam" in words and "Khe" in words
    assert "cam" in [f.value for f in analyse(text, "case-rise").facts if f.type == "product"]


def test_a_name_that_ends_inside_a_word_keeps_the_word_whole():
    text = "Sản phẩm của làng được bán sang châu Âu và Nhật Bản."
    assert "châu Âu" in [text[s:e] for s, e in segment(text).tokens]


def test_rows_of_a_table_pasted_with_tabs_are_written_as_pipe_rows():
    raw = "Kết quả\n\nSTT\tNội dung\tKinh phí (triệu đồng)\n1\tMáy sấy nhãn\t250\nTổng cộng\t\t250\n\nHết."
    assert normalise(raw) == ("Kết quả\n\n| STT | Nội dung | Kinh phí (triệu đồng) |\n| 1 | Máy sấy nhãn | 250 |\n"
                              "| Tổng cộng | | 250 |\n\nHết.")


def test_a_tabbed_row_that_opens_on_a_tab_keeps_its_empty_first_cell():
    # (a total's row with no number in the first column: its sum stays under the money column)
    raw = "Kết quả\n\nSTT\tNội dung\tĐơn vị\tKinh phí (triệu đồng)\n1\tMáy sấy nhãn\tHTX A\t250\n\tCộng\t\t250\n"
    assert normalise(raw).rstrip().endswith("| 1 | Máy sấy nhãn | HTX A | 250 |\n| | Cộng | | 250 |")


def test_a_tabbed_table_indented_by_a_tab_on_every_row_has_no_empty_first_column():
    raw = "Kết quả\n\n\tSTT\tNội dung\tKinh phí (triệu đồng)\n\t1\tMáy sấy nhãn\t250\n"
    assert normalise(raw).rstrip().endswith("| STT | Nội dung | Kinh phí (triệu đồng) |\n| 1 | Máy sấy nhãn | 250 |")


def test_a_tabbed_tables_total_row_under_the_money_column_is_the_whole_of_its_rows():
    text = ("Danh sách đề án khuyến công địa phương năm 2026 tỉnh Hòa Bình\n\nSTT\tTên đề án\tĐơn vị thụ hưởng\t"
            "Kinh phí (triệu đồng)\n1\tHỗ trợ máy sấy măng\tHTX Mai Châu\t250\n2\tHỗ trợ máy dệt thổ cẩm\t"
            "HTX Chiềng Châu\t180\n\tCộng\t\t430\n")
    funding = analyse(text, "tab-total").funding
    whole = next(r for r in funding if r.amount_vnd == 430_000_000)
    assert sorted(r.amount_vnd for r in funding if r.part_of == whole.id) == [180_000_000, 250_000_000]


def test_a_three_column_tabbed_tables_total_row_that_opens_on_a_tab_is_a_row():
    # (its two cells after the empty first one are set apart by one tab only)
    raw = "Kết quả\n\nSTT\tNội dung\tKinh phí (triệu đồng)\n1\tMáy sấy nhãn\t250\n2\tLò sấy vải\t300\n\tCộng\t550\n"
    assert normalise(raw).rstrip().endswith("| 2 | Lò sấy vải | 300 |\n| | Cộng | 550 |")


def test_a_lone_line_that_opens_on_a_tab_with_two_cells_is_no_table():
    raw = "Kết quả\n\n\tGhi chú\tđã duyệt\n\nHết."
    assert "|" not in normalise(raw)


@pytest.mark.parametrize("row, word", [
    ("| 2 | Hỗ trợ máy sấy cam | 300 |", "cam"),
    ("| 2 | Cơ sở làm tương | 300 |", "tương"),
    ("| 3 | Đào tạo nghề | Xã Lạc Dương | 150 |", "Lạc Dương"),
    ("| 4 | Máy ép | 3.870 |", "3.870"),
])
def test_a_tables_cell_bar_is_a_word_of_its_own(row, word):
    # (underthesea joins a bar to the word beside it, 'cam |', which hid the good in its cell)
    words = [row[s:e] for s, e in segment(row).tokens]
    assert word in words and all(w == "|" or "|" not in w for w in words)


def test_a_good_in_a_tables_cell_is_found():
    text = ("Danh sách đề án khuyến công năm 2026\n\n| STT | Tên đề án | Kinh phí (triệu đồng) |\n"
            "| 1 | Hỗ trợ dây chuyền đóng gói cam | 300 |\n| 2 | Hỗ trợ máy sấy măng | 180 |")
    assert {"cam", "măng"} <= {f.value for f in analyse(text, "cell-good").facts if f.type == "product"}


@pytest.mark.parametrize("raw", [
    "Tin\n\nMột dòng\tcó\tba ô nhưng đứng một mình.",
    "Tin\n\n\t\tĐoạn thụt lề.\n\t\tĐoạn khác.",
])
def test_tabs_that_make_no_table_are_spaces(raw):
    assert normalise(raw) == normalise(raw.replace("\t", " ")) and "|" not in normalise(raw)


def test_rows_of_a_table_typed_with_pipes_between_cells_only_are_written_as_pipe_rows():
    raw = "Kết quả\n\nSTT | Nội dung | Kinh phí (triệu đồng)\n1 | Máy sấy nhãn | 250\nTổng cộng | | 250\n\nHết."
    assert normalise(raw) == ("Kết quả\n\n| STT | Nội dung | Kinh phí (triệu đồng) |\n| 1 | Máy sấy nhãn | 250 |\n"
                              "| Tổng cộng | | 250 |\n\nHết.")


@pytest.mark.parametrize("raw", [
    "Tin\n\nTrang chủ | Kinh tế | Xã hội\n\nBài viết.",
    "Tin\n\nA | B\nC | D\n",
    "Tin\n\n| STT | Nội dung | Kinh phí |\n| 1 | Máy sấy | 250 |\n",
])
def test_pipes_that_make_no_bare_table_are_left_as_they_are(raw):
    assert normalise(raw).count("|") == raw.count("|")


def test_rows_of_a_tabbed_table_with_a_blank_line_after_each_are_one_table():
    raw = "Kết quả\n\nSTT\tNội dung\tKinh phí (triệu đồng)\n\n1\tMáy sấy nhãn\t250\n\nTổng cộng\t\t250\n"
    assert normalise(raw).count("|") == 12


@pytest.mark.parametrize("cut", ["Trung tâm\nKhuyến công", "Bộ Công\nThương", "Sở Công\nThương"])
def test_a_short_text_wrapped_inside_an_organisations_name_is_joined_there(cut):
    # (a short text wrapped twice: its lines read as they were written unless a wrap cut a name or a sentence)
    text = ("Long An: máy sấy mới\n\nNgày 12/8/2025, tại xã Châu Thành, tỉnh Tây Ninh (Long An cũ), " + cut +
            " tổ chức bàn giao máy sấy thăng hoa cho HTX Thanh long Châu Thành.\nTổng giá trị máy 1,5 tỷ đồng, trong "
            "đó kinh phí khuyến công quốc gia hỗ trợ\n600 triệu đồng, HTX đối ứng 900 triệu đồng.\n\nHết.")
    assert cut.replace("\n", " ") + " tổ chức" in normalise(text)


def test_a_hard_wrapped_list_item_goes_on_into_a_line_that_opens_with_a_name():
    item = ("+ Xây dựng 2 mô hình trình diễn kỹ thuật sản xuất bánh tráng nước dừa và rượu Bàu Đá, kinh phí 1.100 triệu "
            "đồng;")
    text = ("Kết quả khuyến công tỉnh Bình Định năm 2024\n\nNăm 2024, Trung tâm Khuyến công và Tư vấn phát triển công "
            f"nghiệp Bình Định đạt được các kết quả sau:\n\n{item}\n\n+ Tổ chức 3 lớp đào tạo nghề mây tre đan, kinh phí "
            "240 triệu đồng.")
    wrapped = _wrapped(text, 78)
    assert "rượu\nBàu Đá" in wrapped and item in normalise(wrapped)


def test_a_short_wrapped_line_ending_on_a_preposition_goes_on_into_a_capitalised_line():
    text = ("Bàn giao máy cho hợp tác xã chè ở xã Thái Hòa\n\nNgày 5/11/2025, Trung tâm Khuyến công đã bàn giao máy sấy và "
            "máy đóng gói cho Hợp tác xã chè Thái Hòa (xã Thái Hòa). Tổng kinh phí hỗ trợ từ nguồn khuyến công địa "
            "phương là 210 triệu đồng.")
    wrapped = _wrapped(text, 78)
    assert "cho\nHợp tác xã" in wrapped  # (the wrap did cut the sentence before a capitalised name)
    assert normalise(wrapped) == "\n\n".join(p for p in normalise(text).split("\n") if p)
    assert _reading(analyse(wrapped, "open-end-wrap")) == _reading(analyse(text, "open-end-wrap"))


def test_a_short_text_wrapped_once_joins_a_line_that_opens_in_lower_case():
    text = ("Cao Bằng: Giải ngân khuyến công chậm\n\nĐến hết tháng 9/2025, Cao Bằng mới giải ngân 420 triệu đồng trên tổng "
            "số 1,65\ntỷ đồng kinh phí khuyến công địa phương được giao, đạt 25%.\n")
    assert "1,65 tỷ đồng kinh phí" in normalise(text)


def test_a_list_items_line_with_no_stop_goes_on_into_no_line_that_opens_as_a_sentence():
    text = ("Quảng Trị hỗ trợ máy móc cho cơ sở làm bánh tráng\n\nKết quả thực hiện chương trình khuyến công 6 tháng đầu "
            "năm 2025 của tỉnh Quảng Trị như sau:\n+ Hỗ trợ 5 cơ sở ứng dụng máy móc tiên tiến, kinh phí 760 triệu đồng;\n"
            "+ Tổ chức 2 lớp tập huấn nâng cao năng lực quản lý, kinh phí 90 triệu đồng;\n+ Hỗ trợ 1 mô hình trình diễn "
            "kỹ thuật sản xuất bánh tráng phơi sương, kinh phí 350 triệu đồng\nTổng cộng có 8 đề án với tổng kinh phí 1,2 "
            "tỷ đồng từ nguồn khuyến công địa phương\n")
    assert "350 triệu đồng\nTổng cộng" in normalise(text)


@pytest.mark.parametrize("text, cut", [
    ("Quảng Trị: 12 đề án khuyến công năm 2025 đã hoàn thành\n\nĐến ngày 15/12/2025, toàn bộ 12 đề án khuyến công địa "
     "phương năm 2025 của tỉnh Quảng Trị đã hoàn thành, giải ngân 2,85 tỷ đồng/2,9 tỷ đồng kế hoạch.\n", "tỉnh\nQuảng"),
    ("Kinh phí khuyến công Đắk Lắk qua các năm\n\nKinh phí khuyến công địa phương của Đắk Lắk tăng đều qua các năm: năm "
     "2023: 1,2 tỷ đồng; năm 2024: 1,5 tỷ đồng; năm 2025: 1,8 tỷ đồng. Số đề án tương ứng là 6, 8 và 9 đề án.\n",
     "2023:\n1,2"),
])
def test_a_short_text_wrapped_after_a_units_title_or_a_labels_colon_is_joined_there(text, cut):
    wrapped = _wrapped(text, 78)
    assert cut in wrapped  # (the wrap did cut there)
    assert normalise(wrapped) == normalise(text).rstrip("\n")


def test_an_indented_tabbed_tables_total_row_keeps_its_empty_first_cell():
    raw = ("Kết quả\n\n\tSTT\tNội dung\tĐơn vị\tKinh phí (triệu đồng)\n\t1\tMáy sấy nhãn\tHTX A\t250\n"
           "\tCộng\t\t250\n")
    assert normalise(raw).rstrip().endswith("| 1 | Máy sấy nhãn | HTX A | 250 |\n| | Cộng | | 250 |")


@pytest.mark.parametrize("raw, expected", [
    ("kinh phí 3. 145,8 triệu đồng", "kinh phí 3.145,8 triệu đồng"),
    ("kinh phí 3 .145,8 triệu đồng", "kinh phí 3.145,8 triệu đồng"),
    ("kinh phí 2 ,7 tỷ đồng", "kinh phí 2,7 tỷ đồng"),
    # (an item's number, then a count or an amount without decimals, stays as typed)
    ("Mục 3. 145 hộ dân", "Mục 3. 145 hộ dân"),
    ("1. 300 triệu đồng cho máy sấy", "1. 300 triệu đồng cho máy sấy"),
    ("năm 2025. 145,8 triệu đồng", "năm 2025. 145,8 triệu đồng"),  # (a year ends its sentence)
])
def test_normalise_drops_a_stray_space_beside_a_separator_inside_an_amount(raw, expected):
    assert normalise(raw) == expected


def test_an_amount_with_a_stray_space_after_its_thousands_dot_is_read_whole():
    text = "Khuyến công Lạng Sơn\n\nNăm 2024, tỉnh thực hiện 11 đề án khuyến công, tổng kinh phí 3. 145,8 triệu đồng."
    assert [r.amount_vnd for r in analyse(text, "stray").funding] == [3_145_800_000]


@pytest.mark.parametrize("cut", [
    "đồng,\n",          # after a comma, a former province's name opening the next line
    "Bờ\n",             # inside a name the gazetteers do not know: 'bánh chưng Bờ Đậu' cut after its first capital
    "hương.\n",         # after a sentence's end, inside a paragraph set apart by blank lines
])
def test_a_short_text_wrapped_once_or_twice_joins_a_cut_after_a_comma_a_names_first_word_or_a_sentences_end(cut):
    text = ("Khuyến công Thái Nguyên năm 2026\n\nNăm 2026, tỉnh Thái Nguyên giao 6,3 tỷ đồng kinh phí khuyến công địa "
            "phương, chia theo khu vực: Thái Nguyên cũ 4,1 tỷ đồng, Bắc Kạn cũ 2,2 tỷ đồng. Làng Văn Sơn ở Bắc Kạn cũ "
            "nổi tiếng với nghề làm hương. Các đề án hỗ trợ cơ sở làm bánh chưng Bờ Đậu, miến dong Na Rì và chè Tân "
            "Cương.\n\nSở Công Thương đề nghị các xã sớm hoàn thiện hồ sơ.")
    # (the widest wrap that cuts there: two or three lines to the paragraph, a wrap the text shows only once or twice)
    wrapped = next((_wrapped(text, w) for w in range(140, 95, -1) if cut in _wrapped(text, w)), None)
    assert wrapped is not None and wrapped.count("\n") <= 6
    assert normalise(wrapped) == "\n\n".join(p for p in normalise(text).split("\n") if p)
    assert _reading(analyse(wrapped, "cut-wrap")) == _reading(analyse(text, "cut-wrap"))


def test_a_list_of_lines_each_ending_its_own_sentence_under_a_colon_stays_lines():
    # (as long as one another, the longest setting the width, as a wrap's lines are; but no line is cut mid-sentence)
    text = ("Bình Phước: khuyến công theo nội dung\n\nKết quả khuyến công địa phương năm 2024 của Bình Phước:\n"
            "Hỗ trợ máy móc thiết bị: 10 đề án, 2,1 tỷ đồng.\nĐào tạo nghề: 2 lớp, 120 triệu đồng.\n"
            "Hội chợ triển lãm: 3 đợt, 350 triệu đồng.\nTổng kinh phí thực hiện: 2,57 tỷ đồng.\n")
    assert normalise(text).rstrip("\n").split("\n") == text.rstrip("\n").split("\n")


def test_a_title_ending_on_a_whole_province_name_is_not_joined_to_a_body_opening_with_a_name():
    # ('Ninh Sở' is also a commune's name: the break after 'Quảng Ninh' cut no name)
    text = ("Gần 900 triệu đồng hỗ trợ nghề chế biến hải sản ở Quảng Ninh\nSở Công Thương Quảng Ninh hỗ trợ 4 cơ sở "
            "với "
            "tổng kinh phí 890 triệu đồng khuyến công.\n")
    read = analyse(text, "title-name-end")
    assert read.title == "Gần 900 triệu đồng hỗ trợ nghề chế biến hải sản ở Quảng Ninh"
    assert [r.amount_vnd for r in read.funding if r.headline] == [890_000_000]


def test_a_line_break_inside_a_province_name_is_still_joined():
    assert analyse("Khuyến công tỉnh Bắc\nGiang (cũ) hỗ trợ 4 cơ sở.\n", "cut-name").title == \
        "Khuyến công tỉnh Bắc Giang (cũ) hỗ trợ 4 cơ sở."
