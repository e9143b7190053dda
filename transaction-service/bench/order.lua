-- wrk script for the saturation steps of bench/run: POST /api/v1/sales-orders with bench/order.json, the
-- customers of a file in turn, a fresh Idempotency-Key on every request and the token from LOAD_AUTHORIZATION
-- (so that it never shows in ps). Closed loop: each connection sends its next order when the last one answered,
-- which finds the most the service serves; the latency figures at a fixed rate come from the open-loop driver.
--   LOAD_AUTHORIZATION="Bearer ..." wrk -t1 -c16 -d15s -s order.lua <url> -- <customers file> <body file> <run id>
-- done() prints key=value lines for bench/run.

local threads = {}

function setup(thread)
  thread:set("thread_no", #threads)
  table.insert(threads, thread)
end

function init(args)
  local template = assert(io.open(args[2])):read("*a")
  bodies = {}
  for customer in io.lines(args[1]) do
    if #customer > 0 then
      table.insert(bodies, (template:gsub("{customer}", customer)))
    end
  end
  key_prefix = args[3] .. "-" .. thread_no .. "-"
  headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = os.getenv("LOAD_AUTHORIZATION"),
  }
  sent = 0
end

function request()
  sent = sent + 1
  headers["Idempotency-Key"] = key_prefix .. sent
  return wrk.format("POST", nil, headers, bodies[(sent + thread_no * 7919) % #bodies + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.status + errors.connect + errors.read + errors.write + errors.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d\nfailed=%d\nseconds=%.3f\nok_per_second=%.1f\n",
    summary.requests, failed, seconds, (summary.requests - failed) / seconds))
  io.write(string.format("p50_ms=%.1f\np99_ms=%.1f\nmax_ms=%.1f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
