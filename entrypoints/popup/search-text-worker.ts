import { searchTextOf } from '@/src/store/records';

// Folds the texts it is sent into search texts (`searchTextOf`), so an import folds half of a large
// file here while the popup folds the other half: the popup's one thread was the import's long pole.
self.onmessage = (event: MessageEvent<(string | null)[]>) => {
  self.postMessage(event.data.map((text) => searchTextOf({ text })));
};
