#!/usr/bin/env bash
# Builds the libFuzzer drivers (Fuzz/) and runs every target in turn until it has done RUNS
# executions or SECONDS seconds, whichever comes first; an input taking over 1 s is a hang.
# Crashes, hangs, leaks and property violations are saved in .build/fuzz/artifacts/<target>/;
# move them to Fuzz/regressions/<target>/ once fixed, and the test suite replays them.
# usage: scripts/fuzz.sh SECONDS RUNS [TARGET...]
set -euo pipefail
seconds=${1:-600}; runs=${2:-1000000}; shift 2 || true
cd "$(dirname "$0")/.."
mkdir -p .build/fuzz
build_log=.build/fuzz/build.log
if ! swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >"$build_log" 2>&1; then
    echo "fuzz: building the drivers failed; the end of $build_log:" >&2
    tail -n 25 "$build_log" >&2
    exit 1
fi
driver=Fuzz/.build/release/NarratorFuzz
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(html plaintext markdown segmenter ssml lexicon voice-preset job-file)
status=0
for target in "${targets[@]}"; do
    work=.build/fuzz/corpus/$target; artifacts=.build/fuzz/artifacts/$target
    mkdir -p "$work" "$artifacts"
    extra=()
    case $target in
        html) extra=(Samples/*.html) ;;
        plaintext) extra=(Samples/*.txt) ;;
        markdown) extra=(Samples/*.md) ;;
    esac
    seeds=.build/fuzz/seeds/$target; rm -rf "$seeds"; mkdir -p "$seeds"
    cp Fuzz/corpus/$target/* "$seeds/"; [ ${#extra[@]} -gt 0 ] && cp "${extra[@]}" "$seeds/"
    log=.build/fuzz/$target.log
    if NARRATOR_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=1 SWIFT_BACKTRACE=enable=no "$driver" "$work" "$seeds" \
        -max_total_time="$seconds" -runs="$runs" -timeout=1 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log and $artifacts)"; status=1
    fi
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    took=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo "?")
    corpus=$(ls "$work" | wc -l)
    printf '%-13s %9s executions in %4s s, corpus %5s inputs: %s\n' "$target" "$execs" "$took" "$corpus" "$result"
done
exit $status
