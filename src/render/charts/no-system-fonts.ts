// Imported before @napi-rs/canvas: on loading it scans every font installed on the machine (about
// 0.2 s at each start), and charts use only the bundled BIZ UDPGothic, registered by name. Without
// the scan a chart also cannot measure or fall back to whatever fonts one machine happens to have.
process.env.DISABLE_SYSTEM_FONTS_LOAD ??= '1';
