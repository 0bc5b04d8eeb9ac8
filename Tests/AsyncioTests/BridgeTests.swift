import Testing
@testable import Asyncio
