// Package capture records every HTTP exchange with the site, as the raw
// bytes sent and received on the connection, into WARC/1.1 files: gzip per
// record, a warcinfo record per file (built with github.com/nlnwa/gowarc),
// request and response records with block and payload digests, written as
// gowarc writes them; gowarc reads them back (Verify) and answers
// requests from them without the network (Replay, for re-extraction).
//
// Connections are wrapped when dialled; an exchange starts when the HTTP
// client takes a connection for a request (httptrace GotConn) and ends
// when the caller has read the whole response, so keep-alive connections
// are captured exchange by exchange.
package capture
