// worker: added with ingestion
export {};
