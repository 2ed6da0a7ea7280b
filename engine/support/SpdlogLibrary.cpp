// spdlog's compiled part, built into the engine from the headers Debian's libspdlog-dev ships, instead of
// linking libspdlog.so: that library's 1,200 symbol bindings at start-up cost the wizard's first window
// about 0.4 ms (bench-startup.sh), and header-only spdlog doubled the compile time of every file that
// logs. Every other file includes spdlog as usual (SPDLOG_COMPILED_LIB, set on the engine target); this
// one holds the definitions once, with the explicit instantiations the sinks the engine uses need.
// fmt stays the shared library Debian ships.
#ifndef SPDLOG_COMPILED_LIB
#error "SpdlogLibrary.cpp is built with SPDLOG_COMPILED_LIB, as the rest of the engine"
#endif

#include <mutex>

#include <spdlog/details/null_mutex.h>

#include <spdlog/async_logger.h>
#include <spdlog/common-inl.h>
#include <spdlog/details/backtracer-inl.h>
#include <spdlog/details/file_helper-inl.h>
#include <spdlog/details/log_msg-inl.h>
#include <spdlog/details/log_msg_buffer-inl.h>
#include <spdlog/details/os-inl.h>
#include <spdlog/details/periodic_worker-inl.h>
#include <spdlog/details/registry-inl.h>
#include <spdlog/async_logger-inl.h>
#include <spdlog/details/thread_pool-inl.h>
#include <spdlog/logger-inl.h>
#include <spdlog/pattern_formatter-inl.h>
#include <spdlog/spdlog-inl.h>

#include <spdlog/sinks/ansicolor_sink-inl.h>
#include <spdlog/sinks/base_sink-inl.h>
#include <spdlog/sinks/rotating_file_sink-inl.h>
#include <spdlog/sinks/sink-inl.h>
#include <spdlog/sinks/stdout_color_sinks-inl.h>
#include <spdlog/sinks/stdout_sinks-inl.h>

template class spdlog::sinks::base_sink<std::mutex>;
template class spdlog::sinks::base_sink<spdlog::details::null_mutex>;
template class spdlog::details::mpmc_blocking_queue<spdlog::details::async_msg>;
template class spdlog::sinks::ansicolor_sink<spdlog::details::console_mutex>;
template class spdlog::sinks::ansicolor_sink<spdlog::details::console_nullmutex>;
template class spdlog::sinks::ansicolor_stdout_sink<spdlog::details::console_mutex>;
template class spdlog::sinks::ansicolor_stderr_sink<spdlog::details::console_mutex>;
template class spdlog::sinks::rotating_file_sink<std::mutex>;
