import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// URLSession's delegate for one batch of fetches: keeps each task's body and redirect chain,
/// enforces the policy as bytes and redirects arrive, and reports each task once.
final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    typealias Completion = @Sendable (Result<FetchedResponse, FetchError>) -> Void

    private struct Transfer {
        var requestedURL: String
        var visited: [String]
        var body = Data()
        /// Set when the policy stopped the task; wins over the error URLSession then reports.
        var failure: FetchError?
        var completion: Completion
    }

    private let policy: FetchPolicy
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    init(policy: FetchPolicy) {
        self.policy = policy
    }

    func begin(_ task: URLSessionTask, requestedURL: String, completion: @escaping Completion) {
        lock.withLock {
            transfers[task.taskIdentifier] = Transfer(requestedURL: requestedURL, visited: [requestedURL], completion: completion)
        }
    }

    /// Stops a task that is still running, reporting `error` for it.
    func fail(_ task: URLSessionTask, _ error: FetchError) {
        let running = lock.withLock { () -> Bool in
            guard transfers[task.taskIdentifier] != nil else { return false }
            if transfers[task.taskIdentifier]?.failure == nil { transfers[task.taskIdentifier]?.failure = error }
            return true
        }
        if running { task.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let target = request.url?.absoluteString ?? ""
        // URLSession on Linux turns `Location: file:///…` into a path on the same server; the header tells the truth.
        let location = response.value(forHTTPHeaderField: "Location") ?? target
        let scheme = URL(string: location)?.scheme?.lowercased() ?? request.url?.scheme?.lowercased() ?? ""
        let refusal = lock.withLock { () -> FetchError? in
            guard var transfer = transfers[task.taskIdentifier] else { return nil }
            let url = transfer.requestedURL
            let refusal: FetchError? =
                !["http", "https"].contains(scheme) ? .unsupportedRedirect(url: url, target: location)
                : transfer.visited.contains(target) ? .redirectLoop(url: url, target: target)
                : transfer.visited.count > policy.maximumRedirects ? .tooManyRedirects(url: url, limit: policy.maximumRedirects)
                : nil
            transfer.visited.append(target)
            transfer.failure = transfer.failure ?? refusal
            transfers[task.taskIdentifier] = transfer
            return refusal
        }
        if refusal != nil {
            completionHandler(nil)
            task.cancel()
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        // A declared length over the limit is refused before any byte of the body arrives.
        if response.expectedContentLength > Int64(policy.maximumBytes), let url = requestedURL(of: dataTask) {
            fail(dataTask, .tooLarge(url: url, limit: policy.maximumBytes))
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overLimit = lock.withLock { () -> FetchError? in
            guard var transfer = transfers[dataTask.taskIdentifier], transfer.failure == nil else { return nil }
            guard transfer.body.count + data.count <= policy.maximumBytes else {
                return .tooLarge(url: transfer.requestedURL, limit: policy.maximumBytes)
            }
            transfer.body.append(data)
            transfers[dataTask.taskIdentifier] = transfer
            return nil
        }
        if let overLimit { fail(dataTask, overLimit) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let transfer = lock.withLock({ transfers.removeValue(forKey: task.taskIdentifier) }) else { return }
        transfer.completion(result(of: transfer, response: task.response, error: error))
    }

    private func requestedURL(of task: URLSessionTask) -> String? {
        lock.withLock { transfers[task.taskIdentifier]?.requestedURL }
    }

    private func result(of transfer: Transfer, response: URLResponse?, error: (any Error)?) -> Result<FetchedResponse, FetchError> {
        let url = transfer.requestedURL
        if let failure = transfer.failure { return .failure(failure) }
        if let error {
            let nsError = error as NSError
            if nsError.domain == NSURLErrorDomain, nsError.code == NSURLErrorTimedOut {
                return .failure(.timedOut(url: url, seconds: policy.timeout))
            }
            return .failure(.unreachable(url: url, reason: nsError.localizedDescription))
        }
        guard let http = response as? HTTPURLResponse else {
            return .failure(.unreachable(url: url, reason: "the answer is not HTTP"))
        }
        guard (200..<300).contains(http.statusCode) else { return .failure(.httpStatus(url: url, status: http.statusCode)) }
        return .success(FetchedResponse(
            requestedURL: url,
            finalURL: http.url?.absoluteString ?? transfer.visited.last ?? url,
            status: http.statusCode,
            contentType: http.value(forHTTPHeaderField: "Content-Type"),
            body: transfer.body
        ))
    }
}
