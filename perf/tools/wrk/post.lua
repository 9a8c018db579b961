-- wrk script: POSTs JSON bodies read from a file (one body per line), round-robin per thread,
-- and prints a JSON summary line (prefixed "WRK_JSON ") when the run ends.
-- Usage: wrk -t2 -c64 -d15s -s post.lua URL -- BODIES_FILE
local bodies = {}
local next_index = 1

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot open bodies file " .. tostring(args[1]))
  for line in file:lines() do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  file:close()
  assert(#bodies > 0, "no bodies in " .. args[1])
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local body = bodies[next_index]
  next_index = next_index % #bodies + 1
  return wrk.format(nil, nil, nil, body)
end

local function ms(us) return us / 1000.0 end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"seconds":%.3f,"rps":%.1f,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_ms":{"p50":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f,"mean":%.3f}}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)),
    ms(latency.max), ms(latency.mean)))
end
