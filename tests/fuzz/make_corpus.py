#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cuts the seed corpus (tests/fuzz/corpus/<target>/) from the real data in tests/data and
resources/seed: a few records of each file, in the shape each target reads (a first byte of
options where the target takes one). Run again after the data or a target's input changes;
the output is deterministic and stays well under 2 MB."""
import csv
import hashlib
import io
import json
import pathlib
import shutil
import uuid

root = pathlib.Path(__file__).resolve().parents[2]
data = root / "tests" / "data"
seed = root / "resources" / "seed"
out = root / "tests" / "fuzz" / "corpus"


def rows(path, limit=None):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        result = []
        for i, row in enumerate(reader):
            if limit is not None and i > limit:
                break
            result.append(row)
        return result


def csv_bytes(records):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(records)
    return buffer.getvalue().encode("utf-8")


def write(target, name, content):
    directory = out / target
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def head(path, lines):
    with open(path, "rb") as f:
        return b"".join(f.readline() for _ in range(lines))


if out.exists():
    shutil.rmtree(out)

divisions = rows(seed / "beijing_divisions.csv")
catalog = rows(data / "catalog_3level.csv")
units = rows(seed / "beijing_units.csv")
synonyms = rows(seed / "kb_synonyms.csv")
metro = rows(seed / "beijing_metro_stations_osm.csv")
centers = rows(data / "geo" / "beijing_district_centers_gcj02.csv")
matters = rows(data / "kb" / "guangdong_gov_service_matters.csv", 6)
pairs = rows(data / "kb" / "teddy2020_message_reply_pairs.csv", 6)
messages = rows(data / "gov_messages_sample.csv")

# A consistent slice of the divisions: the city, one district, two of its streets and a few
# communities of each.
district = divisions[2]
streets = [r for r in divisions if r[2] == district[0]][:2]
villages = [r for s in streets for r in divisions if r[2] == s[0]][:4]
division_slice = [divisions[0], divisions[1], district] + streets + villages

# csv_reader: raw bytes of every kind of CSV the project reads.
for name, path, lines in [("divisions", seed / "beijing_divisions.csv", 12), ("units", seed / "beijing_units.csv", 12),
                          ("synonyms", seed / "kb_synonyms.csv", 12), ("catalog", data / "catalog_3level.csv", 12),
                          ("metro", seed / "beijing_metro_stations_osm.csv", 8), ("centers", data / "geo" / "beijing_district_centers_gcj02.csv", 17),
                          ("messages", data / "gov_messages_sample.csv", 6)]:
    write("csv_reader", name + ".csv", head(path, lines))
write("csv_reader", "quoted_pairs.csv", csv_bytes(pairs[:3]))
write("csv_reader", "bom_crlf.csv", b"\xef\xbb\xbf" + head(seed / "beijing_units.csv", 5).replace(b"\n", b"\r\n"))

# reference_data: first byte 0 divisions, 1 catalog, 2 units, 3 synonyms.
write("reference_data", "divisions.csv", b"\x00" + csv_bytes(division_slice))
write("reference_data", "catalog.csv", b"\x01" + csv_bytes(catalog[:25]))
write("reference_data", "units.csv", b"\x02" + csv_bytes(units))
write("reference_data", "synonyms.csv", b"\x03" + csv_bytes(synonyms[:15]))

# point_csv: first byte 0 as declared, 1 WGS84, 2 GCJ-02.
write("point_csv", "metro.csv", b"\x00" + csv_bytes(metro[:20]))
write("point_csv", "centers_gcj02.csv", b"\x02" + csv_bytes(centers))
write("point_csv", "places_note.csv", b"\x01" + csv_bytes([["name", "lng", "lat", "kind", "id", "address"]]
                                                            + [[r[0], r[3], r[2], "poi", r[5], r[10]] for r in metro[1:8]]))

# geojson: the smallest district boundaries whole, one of them simplified, points, a road.
collection = json.loads((data / "geo" / "beijing_districts_gcj02.geojson").read_text(encoding="utf-8"))
features = sorted(collection["features"], key=lambda f: len(json.dumps(f)))
for i, feature in enumerate(features[:2]):
    write("geojson", f"district{i}.geojson", b"\x00" + json.dumps({"type": "FeatureCollection", "features": [feature]}, ensure_ascii=False).encode())
simple = json.loads(json.dumps(features[0]))
for polygon in simple["geometry"]["coordinates"]:
    for r, ring in enumerate(polygon):
        polygon[r] = ring[:-1:12] + [ring[0]]
write("geojson", "district_simplified.geojson", b"\x00" + json.dumps(simple, ensure_ascii=False).encode())
points = [{"type": "Feature", "properties": {"name": r[0], "osm_id": int(r[5]), "lines": r[4], "kind": "metro"},
           "geometry": {"type": "Point", "coordinates": [float(r[3]), float(r[2])]}} for r in metro[1:6]]
road = {"type": "Feature", "properties": {"name": "长安街", "id": "r1"},
        "geometry": {"type": "LineString", "coordinates": [[float(r[3]), float(r[2])] for r in metro[1:4]]}}
write("geojson", "points_wgs84.geojson", b"\x01" + json.dumps({"type": "FeatureCollection", "features": points + [road]}, ensure_ascii=False).encode())
square = {"type": "Feature", "properties": {"code": "110101001", "name": "东华门街道", "level": "street"},
          "geometry": {"type": "Polygon", "coordinates": [[[116.40, 39.91], [116.42, 39.91], [116.42, 39.93], [116.40, 39.93], [116.40, 39.91]],
                                                           [[116.405, 39.915], [116.41, 39.915], [116.41, 39.92], [116.405, 39.915]]]}}
write("geojson", "street_with_hole.geojson", b"\x02" + json.dumps(square, ensure_ascii=False).encode())

# Small rings on a grid of whole degrees, where the ring check's edge cases (shared points,
# overlapping edges, collinear points) are a mutation away.
grid = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"code": "1", "name": "甲"},
     "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]]}},
    {"type": "Feature", "properties": {"code": "2", "name": "乙"},
     "geometry": {"type": "MultiPolygon", "coordinates": [[[[5, 0], [7, 0], [6, 1], [5, 0]]], [[[8, 0], [9, 0], [9, 1], [8, 1], [8, 0]]]]}}]}
write("geojson", "grid_rings.geojson", b"\x01" + json.dumps(grid, ensure_ascii=False).encode())

# Work-order drafts from the real messages and the catalogue.
def draft(i):
    message = messages[1 + i % (len(messages) - 1)]
    item = catalog[1 + (7 * i) % (len(catalog) - 1)]
    return {"callerName": "张先生", "phone": ["13912345678", "010-66012345", "+86 139 1234 5678", "12345转8"][i % 4],
            "gender": ["male", "female", "unknown"][i % 3], "callbackNumber": "", "wantsReply": True,
            "confidential": i % 5 == 0, "publishable": i % 2 == 0,
            "appealType": ["consultation", "help", "complaint", "report", "suggestion", "praise"][i % 6],
            "classification": {"level1": item[0], "level2": item[1], "level3": item[2]},
            "address": {"districtCode": district[0], "districtName": district[1], "streetCode": streets[0][0],
                        "streetName": streets[0][1], "communityCode": "", "communityName": "", "detail": "3号楼",
                        **({"location": {"lng": float(metro[1 + i][3]), "lat": float(metro[1 + i][2])}} if i % 2 else {})},
            "involvedUnit": units[1 + i % (len(units) - 1)][1], "urgency": ["normal", "urgent", "emergency"][i % 3],
            "title": message[2][:60], "description": message[4][:400], "repeatOf": "", "reply": "", "kbArticleId": 0, "kbVersion": 0}

for i in range(6):
    write("workorder_draft", f"draft{i}.json", json.dumps(draft(i), ensure_ascii=False))

# sync_ops: pushes through the lifecycle. The target picks the role from the last byte of the
# operation id (roles: 0 operator, 1 team lead, 2 dispatcher, 3 department).
def op_id(n, role):
    raw = bytearray(hashlib.sha1(f"op{n}".encode()).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    raw[15] = role
    return str(uuid.UUID(bytes=bytes(raw)))


def event(n, order, kind, actor, at, payload):
    return {"id": str(uuid.UUID(bytes=hashlib.sha1(f"ev{n}".encode()).digest()[:16], version=4)), "order": order, "type": kind,
            "at": at, "actor": actor, "payload": payload}


def push(steps, order):
    ops = []
    for n, (kind, role, actor, payload) in enumerate(steps):
        ops.append({"opId": op_id(n, role), "kind": "workorder.event",
                    "payload": event(n, order, kind, actor, f"2026-12-0{1 + n % 9}T0{n % 10}:15:00.000Z", payload)})
    return json.dumps({"ops": ops}, ensure_ascii=False)

unit = units[1][0]
write("sync_ops", "dispatched_and_closed.json", push([
    ("created", 0, "op1", draft(2)), ("dispatched", 2, "disp", {"unit": unit}), ("urged", 2, "disp", {"text": "请尽快处理"}),
    ("signed", 3, unit, {}), ("replied", 3, unit, {"text": "已修复"}), ("called_back", 0, "op1", {"satisfaction": "satisfied"}),
    ("closed", 1, "lead", {})], "261203-01-0001"))
write("sync_ops", "returned_and_merged.json", push([
    ("created", 1, "lead", draft(3)), ("dispatched", 2, "disp", {"unit": unit}), ("returned", 3, unit, {"text": "不属于本单位"}),
    ("repeat_call", 0, "op1", {"number": "261203-01-0009"}), ("merged", 2, "disp", {"into": "2600012345"})], "261203-01-0002"))
write("sync_ops", "answered_on_call.json", push([
    ("created", 0, "op1", {**draft(0), "reply": "请携带身份证到区政务服务中心办理"}), ("answered", 0, "op1", {"text": "已当场答复"}),
    ("closed", 0, "op1", {})], "261203-01-0003"))
# Times at the ends of what ISO 8601 in UTC can hold.
write("sync_ops", "edge_times.json", push([
    ("created", 0, "op1", draft(4)), ("dispatched", 2, "disp", {"unit": unit})], "261203-01-0004")
      .replace("2026-12-01T00:15:00.000Z", "0001-01-01T00:00:00.000Z").replace("2026-12-02T01:15:00.000Z", "9999-12-31T23:59:59.999Z"))
write("sync_ops", "refused_ops.json", json.dumps([
    {"opId": op_id(90, 0), "kind": "kb.publish", "payload": {"key": "kb:1", "title": "居住证办理"}},
    {"opId": op_id(91, 0), "kind": "unknown", "payload": {}},
    {"opId": op_id(92, 0), "kind": "workorder.event", "payload": {}, "extra": 1},
    {"kind": "workorder.event"}], ensure_ascii=False))

# open311: first byte bit 0 api_key, bit 1 XML, bits 2-3: 0 form, 2 JSON body, 3 GET query.
def code(item):
    return "S" + hashlib.sha1("|".join(item).encode("utf-8")).hexdigest()[:8].upper()

for i in range(4):
    item = catalog[1 + 11 * i]
    station = metro[1 + i]
    message = messages[1 + i]
    form = {"service_code": code(item), "lat": station[2], "long": station[3], "address_string": station[0] + "站A口",
            "description": message[4][:300], "first_name": "伟", "last_name": "王", "phone": "13912345678", "email": "wang@example.org"}
    body = "&".join(f"{k}={v}" for k, v in form.items())
    write("open311", f"form{i}.txt", bytes([1 | (i % 2) * 2]) + body.encode())
    write("open311", f"json{i}.txt", bytes([1 | 8 | (i % 2) * 2]) + json.dumps({**form, "lat": float(station[2]), "long": float(station[3])}, ensure_ascii=False).encode())
write("open311", "no_key.txt", b"\x00service_code=" + code(catalog[1]).encode() + b"&address_string=x")
write("open311", "unknown_field.txt", b"\x03api_key=x&colour=blue")
write("open311", "query.txt", b"\x0cservice_code=" + code(catalog[1]).encode() + b",S00000000&status=open&start_date=2026-01-01T00:00:00Z&end_date=2026-12-31T00:00:00Z")
write("open311", "query_ids.txt", b"\x0eservice_request_id=2600000001,2600000002")

# kb_import: first byte bit 0 skips bad rows.
write("kb_import", "service_matters.csv", b"\x00" + csv_bytes(matters))
write("kb_import", "message_replies.csv", b"\x01" + csv_bytes(pairs))
write("kb_import", "duplicate_keys.csv", b"\x01" + csv_bytes(pairs[:2] + pairs[1:3]))

# kb_tokenizer: titles, questions and answers as callers and editors write them.
texts = [r[1] for r in matters[1:]] + [r[2] for r in pairs[1:]] + [r[2] for r in messages[1:8]]
texts += ["補辦身份證要什麼材料", "ＩＤ卡丢了怎么办", "bdcqz", "请问一下 12345 热线 怎么 投诉", "𠀀𠀁龘"]
for i, text in enumerate(texts):
    write("kb_tokenizer", f"text{i}.txt", text[:200])

# phone_number: as callers give them and as the data has them.
phones = [r[4] for r in units[1:] if r[4]] + [r[11] for r in matters[1:] if r[11]][:6]
phones += ["13912345678", "+86 139-1234-5678", "0086 13912345678", "8613912345678", "010-66012345", "(010)66012345转123",
           "0755-83001234 ext. 12", "6601234", "12345", "95588", "400-810-1234", "１３９１２３４５６７８", "010 6601 2345#12"]
for i, phone in enumerate(dict.fromkeys(phones)):
    write("phone_number", f"phone{i}.txt", phone)

total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
print(f"corpus: {sum(1 for p in out.rglob('*') if p.is_file())} files, {total} bytes")
