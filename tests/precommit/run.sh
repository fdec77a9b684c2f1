#!/usr/bin/env bash
# Integration test of .pre-commit-hooks.yaml through real pre-commit and real `git commit`s:
#   1. a temporary git repository whose .pre-commit-config.yaml points at this repository (its HEAD commit, or a
#      snapshot of the working tree when that has uncommitted changes) installs the hook: pre-commit packs this
#      repository with `dotnet pack` and installs the PageCleaner.Cli tool from the package;
#   2. staging a page with an injected spam block: the commit is refused and the finding is printed;
#   3. allowing that finding by its hash in .pagecleaner.json: the same page is committed;
#   4. staging a clean page: the commit goes through.
# Needs Debian's pre-commit package (installed here when missing and we are root) and the .NET SDK.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
passed=0
failed=0

say() { printf 'precommit-test: %s\n' "$*"; }
ok() { passed=$((passed + 1)); say "PASS $*"; }
bad() { failed=$((failed + 1)); say "FAIL $*"; }

if ! command -v pre-commit >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing Debian's pre-commit package"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q pre-commit >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q pre-commit >/dev/null; }
    else
        say "FAIL pre-commit is not installed and cannot be installed here (need root and apt-get): apt-get install -y pre-commit"
        exit 1
    fi
fi
say "$(pre-commit --version), $(git --version), .NET SDK $(dotnet --version)"

work=$(mktemp -d "${TMPDIR:-/tmp}/pagecleaner-precommit.XXXXXX")
cleanup() { [ -n "${KEEP_WORK:-}" ] && { say "kept $work"; return; }; rm -rf "$work"; }
trap cleanup EXIT
export PRE_COMMIT_HOME="$work/pre-commit-home"   # a fresh hook environment: the pack and the tool install are tested
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export GIT_AUTHOR_NAME=precommit-test GIT_AUTHOR_EMAIL=precommit-test@example.invalid
export GIT_COMMITTER_NAME=precommit-test GIT_COMMITTER_EMAIL=precommit-test@example.invalid

# The hook repository: this one at HEAD, or a one-commit snapshot of its working tree (tracked and untracked files
# that git does not ignore) when there are uncommitted changes, so that what is tested is what is on disk.
if [ -z "$(git -C "$root" status --porcelain)" ]; then
    hook_repo="$root"
    hook_rev=$(git -C "$root" rev-parse HEAD)
    say "hook repository: $root at $hook_rev"
else
    hook_repo="$work/snapshot"
    mkdir -p "$hook_repo"
    # Tracked files deleted in the working tree are left out, as a commit of the tree would leave them out.
    (cd "$root" && git ls-files -z --cached --others --exclude-standard \
        | while IFS= read -r -d '' f; do if [ -e "$f" ]; then printf '%s\0' "$f"; fi; done \
        | tar --null -T - -cf -) | tar -xf - -C "$hook_repo"
    git -C "$hook_repo" init -q
    git -C "$hook_repo" add -A
    git -C "$hook_repo" -c commit.gpgsign=false commit -q -m "snapshot of $root"
    hook_rev=$(git -C "$hook_repo" rev-parse HEAD)
    say "hook repository: snapshot of the uncommitted working tree of $root at $hook_rev"
fi

data="$work/data"
git init -q "$data"
cd "$data"
git config commit.gpgsign false
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hook_repo
    rev: $hook_rev
    hooks:
      - id: pagecleaner-check
YAML
git add .pre-commit-config.yaml
git commit -q -m "pre-commit config"
pre-commit install >/dev/null

say "installing the hook environment (dotnet pack + dotnet tool install; takes a minute)"
start=$(date +%s)
if pre-commit install-hooks >"$work/install.log" 2>&1; then
    ok "pre-commit installed the hook in $(( $(date +%s) - start )) s"
else
    bad "pre-commit install-hooks failed:"
    sed 's/^/    /' "$work/install.log"
    say "$passed passed, $((failed + 3)) failed"
    exit 1
fi

commits() { git rev-list --count HEAD; }

# 2. A page with an injected spam block is refused, and the finding is printed.
mkdir -p pages
cp "$here/spam-page.html" pages/rowing.html
git add pages/rowing.html
before=$(commits)
if git commit -m "add rowing page" >"$work/spam.log" 2>&1; then
    bad "the commit of a page with injected spam went through:"
    sed 's/^/    /' "$work/spam.log"
elif [ "$(commits)" != "$before" ]; then
    bad "git commit failed but a commit was made"
elif finding=$(grep -E '^pages/rowing\.html:24: spam [01]\.[0-9]{2} "best online casino bonus cheap pills[^"]*" hash=[0-9a-f]{16}$' "$work/spam.log"); then
    ok "the commit of a page with injected spam was refused with: $finding"
else
    bad "the commit was refused but the finding line is missing:"
    sed 's/^/    /' "$work/spam.log"
fi

# 3. The same page is accepted once its finding's hash is on the allow-list of .pagecleaner.json.
hash=$(grep -oE 'hash=[0-9a-f]{16}' "$work/spam.log" | head -n 1 | cut -d= -f2 || true)
if [ -n "$hash" ]; then
    printf '{\n  "allow": [{"hash": "%s", "note": "kept on purpose for the test"}]\n}\n' "$hash" > .pagecleaner.json
    git add .pagecleaner.json pages/rowing.html
    before=$(commits)
    if git commit -m "add rowing page, spam block accepted" >"$work/allow.log" 2>&1 && [ "$(commits)" = "$((before + 1))" ]; then
        ok "the page was committed once its finding was allowed by hash"
    else
        bad "the allowed finding still blocked the commit:"
        sed 's/^/    /' "$work/allow.log"
    fi
    git rm -q pages/rowing.html .pagecleaner.json
    git commit -q -m "remove rowing page" --no-verify
else
    bad "no hash to allow: the refusal printed no finding"
fi

# 4. A clean page goes through, and the hook did run on it.
mkdir -p pages
cp "$here/clean-page.html" pages/night-bus.html
git add pages/night-bus.html
before=$(commits)
if git commit -m "add night bus page" >"$work/clean.log" 2>&1 && [ "$(commits)" = "$((before + 1))" ] \
    && grep -qE '^pagecleaner check\.+Passed' "$work/clean.log"; then
    ok "the commit of a clean page went through with the hook passing"
else
    bad "the commit of a clean page did not go through cleanly:"
    sed 's/^/    /' "$work/clean.log"
fi

say "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
