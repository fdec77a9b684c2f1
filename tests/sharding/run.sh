#!/usr/bin/env bash
# Integration test of docs/sharding.md: runs its GNU parallel command (taken from the document, so the two cannot
# drift apart) on a folder of generated JSONL shards, with the tool built from this working tree, and checks that
#   1. every shard gets its output file, with one line per record and the clean fields added;
#   2. the outputs are byte for byte those of one process cleaning the whole folder (pagecleaner clean --jsonl shards/ -o);
#   3. running the command again skips every shard and changes nothing.
# Needs GNU parallel (Debian's parallel package, installed here when missing and we are root) and the .NET SDK.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
passed=0
failed=0

say() { printf 'sharding-test: %s\n' "$*"; }
ok() { passed=$((passed + 1)); say "PASS $*"; }
bad() { failed=$((failed + 1)); say "FAIL $*"; }

if ! command -v parallel >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing Debian's parallel package"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q parallel >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q parallel >/dev/null; }
    else
        say "FAIL GNU parallel is not installed and cannot be installed here (need root and apt-get): apt-get install -y parallel"
        exit 1
    fi
fi
say "$(parallel --version | head -n 1), .NET SDK $(dotnet --version)"

work=$(mktemp -d "${TMPDIR:-/tmp}/pagecleaner-sharding.XXXXXX")
cleanup() { [ -n "${KEEP_WORK:-}" ] && { say "kept $work"; return; }; rm -rf "$work"; }
trap cleanup EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The tool from this tree, built into the work folder (the tree's own bin/ is left alone), as `pagecleaner` on PATH.
dotnet build "$root/src/PageCleaner.Cli" -c Release -o "$work/tool" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; say "FAIL the tool does not build"; exit 1; }
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec dotnet "%s/tool/PageCleaner.Cli.dll" "$@"\n' "$work" >"$work/bin/pagecleaner"
chmod +x "$work/bin/pagecleaner"
export PATH="$work/bin:$PATH"

# The documented command: the first line of the first bash block after the sharding-test marker.
command=$(awk '/<!-- sharding-test:/ { marked = 1; next } marked && /^```bash/ { inside = 1; next } inside { print; exit }' "$root/docs/sharding.md")
[ -n "$command" ] || { say "FAIL no command after the sharding-test marker in docs/sharding.md"; exit 1; }
say "documented command: $command"

# Shards: news-like HTML pages (single-quoted attributes, so a record is plain printf), text dumps, and a bad line.
mkdir -p "$work/shards"
sentences=("The harbour committee agreed to fund the coastal footpath after a long debate on Tuesday evening."
    "Local fishermen spent the winter repairing the lighthouse keeper's cottage with help from a heritage grant."
    "The county council published a plan for three new bus shelters before the summer season begins."
    "Teachers at the village school raised money for a repair cafe in the market hall, to the surprise of many."
    "Residents of the old quarter voted against the night bus to the county town following dozens of complaints.")
records=0
for s in 1 2 3 4 5 6; do
    shard="$work/shards/part-$s.jsonl"
    : >"$shard"
    for r in $(seq 1 $((6 + s))); do
        id=$((s * 100 + r))
        body=""
        for k in 0 1 2 3; do body="$body<p>${sentences[$(((id + k) % 5))]} Story $id, paragraph $k.</p>"; done
        if [ $((r % 4)) -eq 0 ]; then
            printf '{"id":%d,"shard":%d,"text":"Home\\nNews\\nStory %d\\n%s\\n%s\\nShare this article\\n"}\n' "$id" "$s" "$id" "${sentences[$((id % 5))]}" "${sentences[$(((id + 2) % 5))]}" >>"$shard"
        else
            printf '{"id":%d,"shard":%d,"html":"<!DOCTYPE html><html><head><title>Story %d | Coast Weekly</title></head><body><nav><a href='"'"'/'"'"'>Home</a> <a href='"'"'/news'"'"'>News</a> <a href='"'"'/sport'"'"'>Sport</a></nav><article><h1>Story %d</h1>%s</article><footer>(c) 2025 Coast Weekly. All rights reserved.</footer></body></html>"}\n' "$id" "$s" "$id" "$id" "$body" >>"$shard"
        fi
        records=$((records + 1))
    done
    if [ "$s" -eq 3 ]; then printf 'not json at all\n' >>"$shard"; records=$((records + 1)); fi
done
say "made 6 shards, $records records"

cd "$work"
if bash -c "$command" >"$work/parallel.out" 2>"$work/parallel.err"; then ok "the documented command exits 0"; else bad "the documented command exits $? ($(tail -n 3 "$work/parallel.err" | tr '\n' ' '))"; fi

complete=1
for shard in shards/*.jsonl; do
    out="cleaned/$(basename "$shard")"
    if [ ! -f "$out" ]; then complete=0; bad "no output for $shard"; continue; fi
    [ "$(wc -l <"$shard")" -eq "$(wc -l <"$out")" ] || { complete=0; bad "$out does not have one line per record of $shard"; }
done
[ "$(grep -c '"clean_text":' cleaned/*.jsonl | awk -F: '{ n += $2 } END { print n }')" -eq $((records - 1)) ] || { complete=0; bad "not every good record got clean_text"; }
grep -q '{"error":"not valid JSON: .*","line":' cleaned/part-3.jsonl || { complete=0; bad "the bad line did not become an error record"; }
[ "$complete" -eq 1 ] && ok "every shard has its output, one line per record, clean fields added"

pagecleaner clean --jsonl shards/ -o single/ 2>"$work/single.err" || bad "the single-process run exits $?"
if diff -r single cleaned >"$work/diff.txt"; then ok "the outputs equal one process cleaning the whole folder"; else bad "the outputs differ from one process: $(head -c 300 "$work/diff.txt")"; fi

before=$(cd cleaned && sha256sum ./*.jsonl)
bash -c "$command" >/dev/null 2>"$work/again.err" || bad "the second run exits $?"
after=$(cd cleaned && sha256sum ./*.jsonl)
if [ "$before" = "$after" ] && [ "$(grep -c '0 inputs, 0 failed\|1 inputs, 0 failed, 1 skipped' "$work/again.err")" -eq 6 ]; then
    ok "running the command again skips every shard and changes nothing"
else
    bad "the second run changed outputs or did not skip: $(head -c 300 "$work/again.err")"
fi

say "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
