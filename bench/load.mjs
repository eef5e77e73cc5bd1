// The load generator of `npm run bench`, in a process of its own so that it does not share the
// server's event loop: autocannon against one URL for a while, every response's time kept, so the
// parent can give exact percentiles (autocannon's own summary has no p95). Input and output JSON.
//   node bench/load.mjs '{"url":"http://…","headers":{…},"connections":10,"seconds":3}'
import autocannon from 'autocannon';

const { url, headers = {}, connections, seconds, method = 'GET' } = JSON.parse(process.argv[2]);
const latencies = [];
let failures = 0;
const instance = autocannon({ url, headers, method, connections, duration: seconds, pipelining: 1 });
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  else failures++;
});
instance.on('done', (result) => {
  process.stdout.write(JSON.stringify({ latencies, failures, errors: result.errors, timeouts: result.timeouts, seconds: result.duration }));
});
