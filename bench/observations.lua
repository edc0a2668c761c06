-- wrk script for the FHIR Observation search benchmark (driven by FhirObservationBenchmark; see bench/README.md).
-- The file named by the first argument holds the bearer token on its first line, then one request path per line
-- (a search for one patient, one code, one start date). The connections of each wrk thread walk the paths in turn,
-- the threads interleaved. Anything but a 2xx or 3xx answer is an error (wrk's status errors). Only loopback is
-- addressed; wrk stops after its -d duration.

local threads = 0
local paths = {}
local token

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if token == nil then token = line else table.insert(paths, line) end
  end
  step = tonumber(args[2]) or 2
  next_path = id
end

function request()
  local path = paths[(next_path % #paths) + 1]
  next_path = next_path + step
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/fhir+json" })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
      "BENCH_RESULT requests=%d seconds=%.3f errors=%d p50=%.3f p95=%.3f p99=%.3f max=%.3f\n",
      summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.status + e.timeout,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000))
end
