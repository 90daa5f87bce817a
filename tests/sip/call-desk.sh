#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# One citizen's call to a desk's baresip, with SIPp (caller.xml beside this script): the caller
# speaks (a WAV file, or Mandarin made with espeak-ng from pinyin), waits for the operator,
# and hangs up after the given seconds unless the desk hangs up, transfers or refuses first.
#
#   tests/sip/call-desk.sh [options] DESK_IP[:PORT]
#     -s SEAT      the desk's SIP user (default 8001)
#     -n NUMBER    the caller's number, its caller ID (default 13901012345)
#     -N NAME      the caller's display name (default 张三)
#     -t SECONDS   how long the caller stays without news from the desk (default 20)
#     -w WAV       the caller's voice, any file sox reads
#     -p PINYIN    the caller's voice from pinyin with tone digits (default: a broken street lamp)
#     -i IP        the caller's own address (SIP and RTP; default SIPp's choice)
#     -P PORT      the caller's SIP port (default 5062)
#     -o FOLDER    where the scenario, the voice and SIPp's logs go (default a new temporary one)
#
# baresip refuses a loopback-only media address: run both ends on a real interface, e.g. in a
# network namespace with tests/sip/with-veth.sh. Exit status: SIPp's (0 when the call went
# through its scenario).
set -eu

seat=8001
number=13901012345
name=张三
seconds=20
wav=
pinyin="ni3 hao3, wo3 jia1 lou2 xia4 de5 lu4 deng1 huai4 le5, qing3 bang1 wo3 bao4 xiu1 yi2 xia4."
local_ip=
local_port=5062
out=
while getopts s:n:N:t:w:p:i:P:o: option; do
    case $option in
    s) seat=$OPTARG ;;
    n) number=$OPTARG ;;
    N) name=$OPTARG ;;
    t) seconds=$OPTARG ;;
    w) wav=$OPTARG ;;
    p) pinyin=$OPTARG ;;
    i) local_ip=$OPTARG ;;
    P) local_port=$OPTARG ;;
    o) out=$OPTARG ;;
    *) sed -n '2,/^set -eu/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if [ $# -ne 1 ]; then
    echo "usage: $0 [options] DESK_IP[:PORT] (see the head of the script)" >&2
    exit 2
fi
desk=$1
for tool in sipp sox; do
    command -v $tool >/dev/null || { echo "$tool is missing: apt-get install sip-tester sox espeak-ng" >&2; exit 2; }
done
case "$number$name$seconds" in
*'|'*) echo "the number, name and seconds cannot contain '|'" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
[ -n "$out" ] || out=$(mktemp -d /tmp/call-desk.XXXXXX)
mkdir -p "$out"

# The voice as SIPp streams it: 8 kHz mono G.711 µ-law, payload type 0.
if [ -n "$wav" ]; then
    sox "$wav" -r 8000 -c 1 -e u-law "$out/caller.wav"
else
    command -v espeak-ng >/dev/null || { echo "espeak-ng is missing: apt-get install espeak-ng" >&2; exit 2; }
    espeak-ng -v cmn-latn-pinyin -w "$out/speech.wav" "$pinyin"
    sox "$out/speech.wav" -r 8000 -c 1 -e u-law "$out/caller.wav"
fi

sed -e "s|CALLER_NAME|$name|g" -e "s|CALLER_NUMBER|$number|g" -e "s|CALLER_WAV|$out/caller.wav|g" \
    -e "s|DURATION_MS|${seconds}000|g" "$here/caller.xml" > "$out/caller.xml"

set -- -sf "$out/caller.xml" -s "$seat" -p "$local_port" -m 1 -l 1 -nostdin \
    -trace_msg -message_file "$out/messages.log" -trace_err -error_file "$out/errors.log" \
    -trace_screen -screen_file "$out/screen.log"
if [ -n "$local_ip" ]; then
    set -- "$@" -i "$local_ip" -mi "$local_ip"
fi
status=0
sipp "$@" "$desk" > "$out/sipp.out" 2>&1 || status=$?
echo "call to $seat at $desk from $number: SIPp exit status $status; logs in $out"
exit $status
