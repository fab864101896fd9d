-- wrk reports the 50th, 75th, 90th and 99th percentiles; the targets are set at the 95th.
done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors: %d, p50: %.1f ms, p95: %.1f ms, p99: %.1f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
