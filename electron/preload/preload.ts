// The preload script of every window: exposes the contract's bridge to the page and nothing else.
// Runs sandboxed, so it may only require('electron'); the build bundles the contract code into it.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { bridgeGlobalName, type Bridge } from '../../shared/contract/bridge';
import { createPreloadBridge } from './bridge';
import { droppedFilesGlobalName, type DroppedFiles } from '../../shared/contract/dropped-files';
import { createDroppedFiles } from './files';

const bridge = createPreloadBridge(ipcRenderer) satisfies Bridge;

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);

contextBridge.exposeInMainWorld(droppedFilesGlobalName, createDroppedFiles((file) => webUtils.getPathForFile(file)) satisfies DroppedFiles);
