#!/usr/bin/env bash
# Starts a 3-node Curveball cluster on this machine: three JVMs, HTTP on 8081-8083, Hazelcast on 5801-5803,
# all on loopback. Open any node's URL; every node serves every room. Ctrl-C stops all three.
# Usage: server/scripts/cluster.sh [extra flags for every node, e.g. --backup-count 2]
# Rooms stay in memory unless the flags name a shared database (--database-url jdbc:postgresql://...): the
# embedded one is a file inside one node, which a cluster cannot share (the README's cluster section).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=server/target/curveball-server.jar
[[ -f $jar ]] || mvn -q -DskipTests package

members=127.0.0.1:5801,127.0.0.1:5802,127.0.0.1:5803
store=(--store memory)
if [[ " $* " == *" --database-url"* || -n ${CURVEBALL_DATABASE_URL:-} ]]; then
  store=()
else
  echo "rooms are kept in memory only; add --database-url jdbc:postgresql://... to keep them across restarts"
fi
logs=$(mktemp -d -t curveball-cluster.XXXX)
pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true; }
trap stop EXIT INT TERM

for i in 1 2 3; do
  java -jar "$jar" --host 127.0.0.1 --port "808$i" --hazelcast-port "580$i" \
    --cluster-name curveball-local --cluster-members "$members" "${store[@]}" "$@" > "$logs/node$i.log" 2>&1 &
  pids+=($!)
done

for i in 1 2 3; do
  until curl -sf "http://127.0.0.1:808$i/ready" > /dev/null; do
    kill -0 "${pids[$((i-1))]}" 2>/dev/null || { echo "node $i exited; see $logs/node$i.log"; exit 1; }
    sleep 0.5
  done
  echo "node $i ready: http://localhost:808$i/  (pid ${pids[$((i-1))]}, log $logs/node$i.log)"
done
echo "Stop one node to see its people move: kill -9 <pid> (crash) or kill <pid> (graceful). Ctrl-C stops all."
wait
