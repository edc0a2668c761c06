-- wrk script for the report-ingestion benchmark (driven by ReportBenchmark; see bench/README.md).
-- Each request is a new report (fresh reportId) of realistic shape, sent with its own patient's token; about one in
-- five carries a body temperature, and one in twenty is entered by the nurse on the patient's behalf with a note
-- (POST /api/patients/{id}/reports: only such reports may carry a note, ReportRules.note).
-- The tokens file: a first line "NURSE <token>", then one line "<token> <pathway> <patient id>" per patient.
-- Only loopback is addressed; wrk stops after its -d duration.

local senders = {}
local threads = {}
local counter = 0
local nurse = nil

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    local n = line:match("^NURSE%s+(%S+)$")
    if n then
      nurse = n
    else
      local token, pathway, patient = line:match("^(%S+)%s+(%S+)%s+(%S+)$")
      if token then table.insert(senders, { token = token, pathway = pathway, patient = patient }) end
    end
  end
  next_sender = id
  math.randomseed(os.time() + id * 7919)
end

local function hex(n) return string.format("%0" .. n .. "x", math.random(0, 16 ^ n - 1)) end

local function uuid()
  return hex(4) .. hex(4) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(6) .. hex(6)
end

local function pick(normal_lo, normal_hi, odd_lo, odd_hi)
  if math.random(10) == 1 then return math.random(odd_lo, odd_hi) end
  return math.random(normal_lo, normal_hi)
end

local function temperature()
  if math.random(10) == 1 then return string.format("%.1f", 38.5 + math.random() * 1.0) end
  return string.format("%.1f", 36.0 + math.random() * 1.9)
end

function request()
  local s = senders[(next_sender % #senders) + 1]
  next_sender = next_sender + 2
  local at = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - math.random(0, 7200))
  local body = '{"reportId":"' .. uuid() .. '","measuredAt":"' .. at .. '",' ..
      '"bloodPressure":{"systolic":' .. pick(110, 150, 162, 190) .. ',"diastolic":' .. math.random(65, 95) ..
      ',"unit":"mmHg"},"pulse":{"value":' .. pick(58, 95, 101, 125) .. ',"unit":"/min"},'
  if math.random(5) == 1 then
    body = body .. '"temperature":{"value":' .. temperature() .. ',"unit":"Cel"},'
  end
  local on_behalf = nurse ~= nil and math.random(20) == 1
  if on_behalf then
    body = body .. '"note":"Measured by the nurse at the home visit; the patient\'s own device was not at hand.",'
  end
  if s.pathway == "COPD" then
    body = body .. '"spo2":{"value":' .. pick(92, 98, 85, 91) .. ',"unit":"%"},' ..
        '"symptoms":{"BREATHLESSNESS":"' .. (math.random(10) == 1 and "WORSE" or "AS_USUAL") ..
        '","COUGH":"AS_USUAL","SPUTUM_AMOUNT":"AS_USUAL","SPUTUM_COLOUR":"AS_USUAL"},' ..
        '"device":{"type":"PULSE_OXIMETER","serial":"PO-1"}}'
  else
    body = body .. '"weight":{"value":' .. string.format("%.1f", 70 + math.random() * 3) .. ',"unit":"kg"},' ..
        '"symptoms":{"BREATHLESSNESS":"AS_USUAL","SWOLLEN_LEGS":"NO","PILLOWS":"NO","DIZZINESS":"NO"}}'
  end
  if on_behalf then
    return wrk.format("POST", "/api/patients/" .. s.patient .. "/reports",
        { ["Authorization"] = "Bearer " .. nurse, ["Content-Type"] = "application/json" }, body)
  end
  return wrk.format("POST", "/api/me/reports",
      { ["Authorization"] = "Bearer " .. s.token, ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
      "BENCH_RESULT requests=%d seconds=%.3f errors=%d p50=%.3f p95=%.3f p99=%.3f max=%.3f\n",
      summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.status + e.timeout,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000))
end
