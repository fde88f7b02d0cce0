"""Synthetic khuyến công clippings, for tests and benchmarks that must run without ../shared.

The sentences are written for this project (templates filled from our own gazetteers), so every figure
in an article is known: ``expected`` says which money, project counts and province it should yield.
Article ``i`` is the same on every machine and every run.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

_PROVINCES = ["Hà Giang", "Lai Châu", "Bắc Kạn", "Hà Tĩnh", "Quảng Trị", "Sóc Trăng", "Đắk Lắk", "Nghệ An",
              "Thanh Hóa", "Hòa Bình", "Yên Bái", "Cà Mau", "Bến Tre", "Lạng Sơn", "Phú Thọ", "Gia Lai"]
_PRODUCTS = ["chè shan tuyết", "mật ong", "miến dong", "gạo nếp", "cà phê", "hạt điều", "mây tre đan",
             "nước mắm", "thổ cẩm", "rượu ngô", "bánh đa", "hạt mắc ca", "tinh dầu quế", "nấm hương"]
_WHO = ["Các cơ sở được hỗ trợ", "Nhiều hợp tác xã", "Người dân trong vùng", "Cán bộ của Sở", "Các hộ sản xuất",
        "Lãnh đạo huyện", "Doanh nghiệp nhỏ", "Chủ cơ sở chế biến", "Tổ hợp tác", "Phụ nữ và thanh niên"]
_DID = ["đã chủ động tìm kiếm", "cam kết duy trì", "được hướng dẫn hoàn thiện", "phấn khởi khi nhận",
        "đề nghị tiếp tục mở rộng", "đã đầu tư thêm", "thường xuyên kiểm tra", "mong muốn được tập huấn về",
        "tích cực tham gia", "đánh giá cao"]
_WHAT = ["thị trường tiêu thụ qua sàn thương mại điện tử", "hoạt động sản xuất quanh năm", "hồ sơ đề án",
         "máy móc mới giúp giảm sức lao động", "chương trình đào tạo nghề", "các hội chợ kết nối cung cầu",
         "quy trình bảo quản sau thu hoạch", "mẫu mã bao bì sản phẩm", "việc sử dụng kinh phí đúng quy định",
         "mô hình liên kết chuỗi giá trị"]
_WHEN = ["trong quý vừa qua", "từ đầu mùa vụ", "sau đợt kiểm tra", "ở các xã vùng cao", "tại thôn {n}",
         "trong tháng {m}", "ở cụm công nghiệp", "sau khi nhận máy", "nhân dịp hội chợ", "vào cuối năm"]


@dataclass(frozen=True)
class Synthetic:
    """One generated article and the facts it was written to contain."""

    doc: str
    title: str
    text: str
    province: str
    year: int
    projects: int
    total_vnd: int
    national_vnd: int
    local_vnd: int

    def jsonl(self, outlet: str = "Bản tin thử nghiệm") -> str:
        return json.dumps({"id": self.doc, "title": self.title, "text": self.text, "source": outlet,
                           "published": f"{self.year}-12-20"}, ensure_ascii=False)


def _millions(vnd: int) -> str:
    """``2634600000`` -> ``2.634,6`` (triệu đồng, Vietnamese separators)."""
    whole, tenth = divmod(vnd // 100_000, 10)
    text = f"{whole:,}".replace(",", ".")
    return f"{text},{tenth}" if tenth else text


def _filler(rng: random.Random) -> str:
    when = rng.choice(_WHEN).format(n=rng.randint(1, 20), m=rng.randint(1, 12))
    return f"{rng.choice(_WHO)} {rng.choice(_DID)} {rng.choice(_WHAT)} {when}."


def article(i: int, paragraphs: int = 3) -> Synthetic:
    """Synthetic article number ``i`` (deterministic); ``paragraphs`` extra filler paragraphs."""
    rng = random.Random(i)
    province = _PROVINCES[i % len(_PROVINCES)]
    product = _PRODUCTS[(i * 7) % len(_PRODUCTS)]
    year = 2016 + i % 9
    projects = rng.randint(3, 25)
    national = rng.randint(2, 40) * 100_000_000
    local = rng.randint(5, 300) * 10_000_000 + rng.randint(0, 9) * 100_000
    total = national + local
    workers = rng.randint(20, 400)
    title = f"{province}: khuyến công hỗ trợ {projects} đề án năm {year} (số {i})"
    body = [
        f"Năm {year}, Sở Công Thương tỉnh {province} đã triển khai {projects} đề án khuyến công với tổng kinh "
        f"phí {_millions(total)} triệu đồng, trong đó kinh phí khuyến công quốc gia là {_millions(national)} "
        f"triệu đồng, kinh phí khuyến công địa phương là {_millions(local)} triệu đồng.",
        f"Các đề án tập trung hỗ trợ cơ sở công nghiệp nông thôn đầu tư máy móc, thiết bị chế biến {product} "
        f"và xây dựng mô hình trình diễn kỹ thuật, tạo việc làm ổn định cho {workers} lao động địa phương.",
        f"Theo lãnh đạo Trung tâm Khuyến công tỉnh {province}, nhờ nguồn vốn này nhiều cơ sở đã nâng cao năng "
        "suất, giảm chi phí sản xuất và mở rộng thị trường ra ngoài tỉnh.",
    ]
    body += [" ".join(_filler(rng) for _ in range(3)) for _ in range(paragraphs)]
    text = "\n".join([title, *body]) + "\n"
    return Synthetic(f"synthetic-{i:05d}", title, text, province, year, projects, total, national, local)


def syndicated_copy(a: Synthetic, outlet: str = "Báo Bạn Đọc") -> Synthetic:
    """The same story as another outlet republishes it: a new title, a byline, one sentence reworded."""
    lines = a.text.splitlines()
    title = f"{a.province} đẩy mạnh khuyến công, hỗ trợ {a.projects} đề án"
    reworded = lines[3].replace("nhờ nguồn vốn này nhiều cơ sở", "nhờ nguồn vốn này, hàng chục cơ sở")
    text = "\n".join([title, *lines[1:3], reworded, *lines[4:], f"Theo {outlet}"]) + "\n"
    return Synthetic(a.doc + "-copy", title, text, a.province, a.year, a.projects, a.total_vnd, a.national_vnd,
                     a.local_vnd)


def write_jsonl(path: Path, start: int, count: int, paragraphs: int = 3) -> list[Synthetic]:
    """Write articles ``start .. start+count-1`` to a JSONL file; returns them."""
    items = [article(i, paragraphs) for i in range(start, start + count)]
    path.write_text("".join(a.jsonl() + "\n" for a in items), encoding="utf-8")
    return items
