import ArgumentParser
import Foundation
import SitegenCore

/// Runs a command's work; a `SitegenError` (which names the file and line at fault) is printed as
/// `error: …` and the command exits with 1 rather than with a stack of Swift error text.
func exitingOnSitegenError<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as SitegenError {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode(1)
    }
}
