#!/usr/bin/env bash
# A 10,000-row action plan imported end to end through the API: an .xlsx written here (shared strings,
# serial dates and text dates, ten agencies' officers), uploaded for its preview, then every row saved.
# Prints the time of each step; the import should complete in under 10 seconds.
#
# Usage: bench/import-plan.sh [rows]   (after ./build.sh build; uses the local cluster of ./build.sh run
# on port 5433, in its own database partnership_bench, or ConnectionStrings__Partnership)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-10000}"
host="src/Host/bin/Release/net10.0/Partnership.Host.dll"
server="${ConnectionStrings__Partnership:-Host=127.0.0.1;Port=5433;Username=postgres}"
connection="$server;Database=partnership_bench"
port=5099
base="http://127.0.0.1:$port"
password="bench password for the plan import"
pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$server")
work=$(mktemp -d)

command -v jq >/dev/null || { echo "jq is needed: apt-get install jq" >&2; exit 1; }
psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'partnership_bench'" | grep -q 1 \
  || createdb -h 127.0.0.1 -p "$pg_port" -U postgres partnership_bench

(cd src/Host && ConnectionStrings__Partnership="$connection" ASPNETCORE_URLS="$base" Demo__Seed=true Demo__Password="$password" \
  Scheduler__Enabled=false Logging__LogLevel__Default=Warning exec dotnet "../../$host" >/dev/null 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "$base/health/ready" >/dev/null 2>&1; do sleep 0.2; done

python3 - "$rows" "$work/plan.xlsx" <<'PY'
import sys, zipfile
from xml.sax.saxutils import escape
rows, path = int(sys.argv[1]), sys.argv[2]
agencies = ["East Lancashire Hospitals Trust", "Lancashire Constabulary", "NHS Blackburn with Darwen", "Blackburn with Darwen children's social care", "CXL Connexions", "Brook Advisory Services"]
dates = ["Immediately", "October 2010", "Oct – end Dec 10", "Autumn term September – December 2010", "Ready for 1st December 2010", "31/12/2010", 40543]
strings, index = [], {}
def s(text):
    if text not in index:
        index[text] = len(strings); strings.append(text)
    return index[text]
out = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
header = ["Recommendation", "Key Actions", "Evidence", "Key Outcome(s)", "Lead Officer", "Date"]
def row(r, cells):
    parts = []
    for c, v in enumerate(cells):
        ref = "ABCDEF"[c] + str(r)
        if v is None: continue
        if isinstance(v, int): parts.append(f'<c r="{ref}"><v>{v}</v></c>')
        else: parts.append(f'<c r="{ref}" t="s"><v>{s(v)}</v></c>')
    out.append(f'<row r="{r}">' + "".join(parts) + '</row>')
row(1, header)
for n in range(rows):
    recommendation = f"Recommendation {n // 5 + 1}: agencies share what they know about the child's safety" if n % 5 == 0 else None
    row(n + 2, [recommendation, f"Key action {n + 1}: audit and report on practice", "Audit report to the partnership", "Children safer", f"Lead officer {n % 40}, {agencies[n % len(agencies)]}", dates[n % len(dates)]])
out.append('</sheetData></worksheet>')
sst = ['<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'] + [f'<si><t>{escape(t)}</t></si>' for t in strings] + ['</sst>']
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", "".join(out))
    z.writestr("xl/sharedStrings.xml", "".join(sst))
PY
echo "workbook: $rows rows, $(stat -c %s "$work/plan.xlsx") bytes"

jar="$work/cookies"
token=$(curl -s -c "$jar" "$base/account/login" | sed -nE 's/.*name="__RequestVerificationToken" type="hidden" value="([^"]+)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=business@demo.example" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
reference="BENCH-IMPORT-$(date +%s)"
source_id=$(curl -sf -b "$jar" -H 'Content-Type: application/json' \
  -d "{\"kind\":\"ThematicReview\",\"reference\":\"$reference\",\"title\":\"Imported plan\",\"sourceDate\":\"2010-09-14\"}" \
  "$base/api/recommendations/sources" | jq -r .id)

start=$(date +%s%N)
curl -sf -b "$jar" -F "sourceId=$source_id" -F "file=@$work/plan.xlsx" "$base/api/recommendations/imports" -o "$work/preview.json"
previewed=$(date +%s%N)
echo "preview: $(( (previewed - start) / 1000000 )) ms, $(jq .rowCount "$work/preview.json") rows, $(jq .rowsWithErrors "$work/preview.json") with errors"
jq "{sourceId: .sourceId, fileName: .fileName, rows: [.rows[] | {row, recommendation, keyAction, evidence, expectedOutcome, leadOfficer, leadAgency, dueDate}]}" "$work/preview.json" > "$work/save.json"
converted=$(date +%s%N)
curl -sf -b "$jar" -H 'Content-Type: application/json' --data-binary "@$work/save.json" "$base/api/recommendations/imports/save" -o "$work/saved.json"
saved=$(date +%s%N)
echo "save: $(( (saved - converted) / 1000000 )) ms, $(jq -c . "$work/saved.json")"
echo "end to end (upload, preview, save; the client's JSON reshaping left out): $(( (previewed - start + saved - converted) / 1000000 )) ms"
